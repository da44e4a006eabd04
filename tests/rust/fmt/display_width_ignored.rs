// Width and alignment on a user Display that uses write!: Rust ignores them (only f.pad honours them).
use std::fmt;

struct Tag(u32);

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

fn main() {
    let t = Tag(5);
    println!("[{:>10}]", t);
    println!("[{:<8}]", t);
    println!("[{:^9}]", t);
    println!("[{:*>6}]", t);
    println!("[{:>10}]", format!("{}", t));
    println!("[{:>10}]", t.to_string());
}
