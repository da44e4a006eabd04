// Temporaries in loops and closures: a while condition's temporary drops each test, a for loop's iterable lives through the loop.
struct D(i32);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
impl D { fn below(&self, n: i32) -> bool { self.0 < n } fn items(&self) -> Vec<i32> { vec![self.0, self.0 + 1] } }
fn main() {
    let mut i = 0;
    while D(i).below(2) {
        println!("body {}", i);
        i += 1;
    }
    for x in D(10).items() {
        println!("item {}", x);
    }
    let f = |n: i32| D(n).0 * 2;
    println!("closure {}", f(20));
    let v: Vec<i32> = (30..32).map(|n| D(n).0).collect();
    println!("{:?}", v);
    println!("end");
}
