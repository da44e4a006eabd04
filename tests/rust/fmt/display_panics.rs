// A panic inside a user Display stops the program with exit 101, after the lines before it.
use std::fmt;

struct Ratio {
    num: u32,
    den: u32,
}

impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}/{} = {}", self.num, self.den, self.num / self.den)
    }
}

fn main() {
    println!("{}", Ratio { num: 9, den: 3 });
    println!("{}", Ratio { num: 1, den: 2 });
    println!("{}", Ratio { num: 1, den: 0 });
    println!("not reached");
}
