// A generic Wrapper<T> with impl Display for Wrapper<Vec<String>> (newtype pattern) and a generic Add for Wrapper<T>.
use std::fmt;
use std::ops::Add;
struct Wrapper(Vec<String>);
impl fmt::Display for Wrapper {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "[{}]", self.0.join(", ")) }
}
#[derive(Debug, Clone, Copy)]
struct Money<T> { cents: T }
impl<T: Add<Output = T>> Add for Money<T> {
    type Output = Money<T>;
    fn add(self, o: Self) -> Self { Money { cents: self.cents + o.cents } }
}
fn total<T: Add<Output = T> + Copy>(xs: &[Money<T>], zero: Money<T>) -> Money<T> {
    let mut acc = zero;
    for x in xs { acc = acc + *x; }
    acc
}
fn main() {
    let w = Wrapper(vec![String::from("hello"), String::from("world")]);
    println!("w = {}", w);
    let a = Money { cents: 150 };
    let b = Money { cents: 275 };
    println!("{:?}", a + b);
    println!("{:?}", total(&[a, b, a], Money { cents: 0 }));
    println!("{:?}", Money { cents: 1.5 } + Money { cents: 0.25 });
}
