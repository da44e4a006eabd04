// A user Display that calls f.pad honours width and alignment, as Rust does.
use std::fmt;

struct Name(&'static str);

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(self.0)
    }
}

fn main() {
    let n = Name("bob");
    println!("[{}]", n);
    println!("[{:>6}]", n);
    println!("[{:<6}]", n);
    println!("[{:^7}]", n);
    println!("[{:-^7}]", n);
    println!("[{:.2}]", n);
    println!("[{:>5.1}]", n);
}
