// The Book's MyBox: impl Deref lets *x and method calls reach the inner value; deref coercion to &str.
// expect-error: unsupported: `MyBox` doesn't implement `std::fmt::Display`
use std::ops::Deref;
struct MyBox<T>(T);
impl<T> MyBox<T> { fn new(x: T) -> MyBox<T> { MyBox(x) } }
impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &T { &self.0 }
}
fn hello(name: &str) -> String { format!("Hello, {}!", name) }
fn main() {
    let x = 5;
    let y = MyBox::new(x);
    println!("{} {}", x, *y);
    println!("{}", *y + 1 == 6);
    let m = MyBox::new(String::from("Rust"));
    println!("{}", hello(&m));
    println!("{}", m.len());
    println!("{}", m.to_uppercase());
}
