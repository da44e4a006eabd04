// expect: 3:1: unsupported: modules in other files (`mod name;`): write the module inline
// A macro beside it expands and reports nothing.
mod inner;
macro_rules! m { () => {} }
fn main() {}
