// Temporaries live to the end of their statement: a field read, a `&self` call and `&temp` inside println!, let and match; an if condition drops them before the body.
struct D(i32);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
impl D { fn get(&self) -> i32 { self.0 } }
fn make(n: i32) -> D { D(n) }
fn show(d: &D) -> i32 { d.0 }
fn main() {
    println!("field {}", make(1).0);
    println!("method {}", make(2).get());
    println!("ref {}", show(&make(3)));
    let x = make(4).get() + make(5).0;
    println!("let {}", x);
    let y = show(&D(6));
    println!("y {}", y);
    match make(7).get() { v => println!("match {}", v) }
    if make(8).get() > 0 { println!("if"); }
    println!("end");
}
