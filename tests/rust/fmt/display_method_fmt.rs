// A newtype Display that calls the inner String's fmt method keeps the caller's width, as in Rust.
use std::fmt;

struct Label(String);

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.fmt(f)
    }
}

fn main() {
    let l = Label(String::from("hi"));
    println!("[{}] [{:>5}] [{:^6}]", l, l, l);
}
