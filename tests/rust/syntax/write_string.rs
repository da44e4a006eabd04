// `write!`/`writeln!` into a String with `use std::fmt::Write`, unwrapping the fmt::Result.
use std::fmt::Write;

fn main() {
    let mut s = String::new();
    write!(s, "a={}", 1).unwrap();
    write!(&mut s, ", b={:>3}", 2).unwrap();
    writeln!(s).unwrap();
    writeln!(s, "c={:?}", "x").unwrap();
    print!("{}", s);
    let r = write!(s, "!");
    println!("{:?} {}", r, s.len());
}
