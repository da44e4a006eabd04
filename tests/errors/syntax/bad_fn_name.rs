// expect: 2:5: invalid suffix `bad` for number literal
fn 1bad() {}
fn main() {}
