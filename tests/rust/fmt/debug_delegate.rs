// Inside an impl Debug, `self.0.fmt(f)` is the inner value's Debug, with the caller's flags.
use std::fmt;

struct Id(String);
struct Wrapper(Vec<u32>);

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl fmt::Debug for Wrapper {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Wrapper of ")?;
        self.0.fmt(f)
    }
}

fn main() {
    let id = Id(String::from("a\"b"));
    println!("{:?}", id);
    let w = Wrapper(vec![1, 2, 3]);
    println!("{:?}", w);
    println!("{:#?}", w);
    println!("{:?}", (Id(String::from("x")), 5));
}
