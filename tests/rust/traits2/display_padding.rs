// A Display impl that honours the caller's width via f.pad, and one using write! that ignores it.
use std::fmt;
struct Name(String);
struct Raw(i32);
impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { f.pad(&self.0) }
}
impl fmt::Display for Raw {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "raw{}", self.0) }
}
fn main() {
    println!("[{:>8}]", Name("bob".into()));
    println!("[{:<8}]", Name("al".into()));
    println!("[{:^7}]", Name("x".into()));
    println!("[{:>8}]", Raw(5));
    println!("[{}]", Raw(-1));
}
