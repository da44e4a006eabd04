// A user Iterator (the Book's Counter) driven through zip, skip, map, filter, sum, and for loops.
struct Counter { count: u32 }
impl Counter { fn new() -> Counter { Counter { count: 0 } } }
impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.count < 5 { self.count += 1; Some(self.count) } else { None }
    }
}
struct Fib { a: u64, b: u64 }
impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> { let r = self.a; self.a = self.b; self.b += r; Some(r) }
}
fn main() {
    let sum: u32 = Counter::new().zip(Counter::new().skip(1)).map(|(a, b)| a * b).filter(|x| x % 3 == 0).sum();
    println!("{}", sum);
    for n in Counter::new() { print!("{} ", n); }
    println!();
    let v: Vec<u64> = Fib { a: 0, b: 1 }.take(10).collect();
    println!("{:?}", v);
    let big = Fib { a: 0, b: 1 }.skip_while(|&x| x < 100).next();
    println!("{:?}", big);
    let mut c = Counter::new();
    println!("{:?} {:?}", c.next(), c.next());
    let rest: Vec<u32> = c.collect();
    println!("{:?}", rest);
    let evens: Vec<u64> = Fib { a: 0, b: 1 }.filter(|x| x % 2 == 0).take(4).collect();
    println!("{:?}", evens);
    println!("{:?}", Counter::new().last());
    println!("{}", Counter::new().count());
}
