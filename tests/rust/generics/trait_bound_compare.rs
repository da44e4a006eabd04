// The Book's Pair<T> with cmp_display only when T: Display + PartialOrd, and a generic min-max over a slice.
use std::fmt::Display;
struct Pair<T> { x: T, y: T }
impl<T> Pair<T> { fn new(x: T, y: T) -> Self { Self { x, y } } }
impl<T: Display + PartialOrd> Pair<T> {
    fn cmp_display(&self) {
        if self.x >= self.y { println!("The largest member is x = {}", self.x); }
        else { println!("The largest member is y = {}", self.y); }
    }
}
fn min_max<T: PartialOrd + Copy>(xs: &[T]) -> Option<(T, T)> {
    let mut it = xs.iter();
    let first = *it.next()?;
    let (mut lo, mut hi) = (first, first);
    for &x in it { if x < lo { lo = x; } if x > hi { hi = x; } }
    Some((lo, hi))
}
fn main() {
    Pair::new(3, 9).cmp_display();
    Pair::new("zeta", "alpha").cmp_display();
    Pair::new(2.5, 2.5).cmp_display();
    println!("{:?}", min_max(&[4, -1, 7, 3]));
    println!("{:?}", min_max(&['k', 'c', 'x']));
    println!("{:?}", min_max::<i32>(&[]));
}
