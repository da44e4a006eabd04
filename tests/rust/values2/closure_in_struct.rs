// A closure stored in a generic struct field (the Book's Cacher), called through (self.f)(x).
struct Cacher<T: Fn(u64) -> u64> { calc: T, value: Option<u64> }
impl<T: Fn(u64) -> u64> Cacher<T> {
    fn new(calc: T) -> Cacher<T> { Cacher { calc, value: None } }
    fn value(&mut self, arg: u64) -> u64 {
        match self.value {
            Some(v) => v,
            None => {
                let v = (self.calc)(arg);
                self.value = Some(v);
                v
            }
        }
    }
}
fn main() {
    let mut calls = 0;
    let mut c = Cacher::new(|x| { println!("computing {}", x); x * 3 });
    println!("{}", c.value(4));
    println!("{}", c.value(9));
    calls += 1;
    println!("calls {} cached {:?}", calls, c.value);
}
