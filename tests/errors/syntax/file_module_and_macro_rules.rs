// expect: 3:1: unsupported: modules in other files (`mod name;`): write the module inline
// expect: 4:1: unsupported: macro_rules!
mod inner;
macro_rules! m { () => {} }
fn main() {}
