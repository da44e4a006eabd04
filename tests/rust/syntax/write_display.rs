// write! into a Formatter inside impl Display, and into a String, in the same program.
use std::fmt;
use std::fmt::Write;

struct Celsius(i32);

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} C", self.0)
    }
}

fn main() {
    let mut s = String::new();
    write!(s, "[{}]", Celsius(21)).unwrap();
    println!("{}", s);
    println!("{}", Celsius(-4));
}
