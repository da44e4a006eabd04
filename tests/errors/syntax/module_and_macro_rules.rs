// expect: 3:1: unsupported: modules
// expect: 6:1: unsupported: macro definitions
mod inner {
    pub fn f() {}
}
macro_rules! m { () => {} }
fn main() {}
