// A trait whose method is generic (fn describe<T: Debug>(&self, extra: T)), and a generic struct implementing a trait for every T: Display.
use std::fmt::{Debug, Display};
trait Logger { fn log<T: Debug>(&self, item: T) -> String; }
struct Prefix(&'static str);
impl Logger for Prefix { fn log<T: Debug>(&self, item: T) -> String { format!("{}{:?}", self.0, item) } }
struct Labeled<T> { label: T, value: i32 }
trait Show { fn show(&self) -> String; }
impl<T: Display> Show for Labeled<T> { fn show(&self) -> String { format!("{}={}", self.label, self.value) } }
fn main() {
    let p = Prefix("> ");
    println!("{}", p.log(5));
    println!("{}", p.log("str"));
    println!("{}", p.log(vec![Some(1), None]));
    println!("{}", p.log((1, 'x')));
    println!("{}", Labeled { label: "x", value: 3 }.show());
    println!("{}", Labeled { label: 2.5, value: -1 }.show());
}
