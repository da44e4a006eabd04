// Box<dyn Fn> values in a Vec of (name, op) pairs as a tiny calculator, plus a dyn trait param with &mut.
trait Accumulator { fn add(&mut self, x: i32); fn total(&self) -> i32; }
struct Sum(i32);
struct Max(i32);
impl Accumulator for Sum { fn add(&mut self, x: i32) { self.0 += x; } fn total(&self) -> i32 { self.0 } }
impl Accumulator for Max { fn add(&mut self, x: i32) { if x > self.0 { self.0 = x; } } fn total(&self) -> i32 { self.0 } }
fn feed(acc: &mut dyn Accumulator, xs: &[i32]) { for &x in xs { acc.add(x); } }
fn main() {
    let ops: Vec<(&str, Box<dyn Fn(i32, i32) -> i32>)> = vec![
        ("add", Box::new(|a, b| a + b)),
        ("mul", Box::new(|a, b| a * b)),
        ("pow", Box::new(|a, b| a.pow(b as u32))),
    ];
    for (name, op) in &ops { println!("{} {}", name, op(3, 4)); }
    let mut accs: Vec<Box<dyn Accumulator>> = vec![Box::new(Sum(0)), Box::new(Max(i32::MIN))];
    for a in accs.iter_mut() { feed(a.as_mut(), &[4, -2, 9, 1]); }
    for a in &accs { println!("{}", a.total()); }
    let mut s = Sum(100);
    feed(&mut s, &[1, 2]);
    println!("{}", s.total());
}
