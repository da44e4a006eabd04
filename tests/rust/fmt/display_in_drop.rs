// A Display used inside Drop, and temporaries formatted then dropped at the end of their statement.
use std::fmt;
struct D(u32);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self); } }
impl fmt::Display for D {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "D{}", self.0) }
}
fn main() {
    let a = D(1);
    println!("{}", format!("{} {}", a, D(2)));
    let s = D(3).to_string();
    println!("{}", s);
}
