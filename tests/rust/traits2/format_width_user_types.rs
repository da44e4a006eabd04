// Width and alignment with user types: a write!-based Display ignores the width, derived Debug pads each field, format! then pads the String.
use std::fmt;
struct Raw(i32);
impl fmt::Display for Raw {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "raw{}", self.0) }
}
#[derive(Debug)]
struct S { a: i32 }
fn main() {
    println!("[{:>8}]", Raw(5));
    println!("[{:<6}]", Raw(-1));
    println!("[{:>12?}]", S { a: 1 });
    println!("[{:>8}]", format!("{}", Raw(5)));
}
