// expect: 4:14: format string needs 1 positional argument but none were given
// expect: 5:14: format string needs 2 positional arguments but 1 was given
fn main() {
    println!("{name} {}", name = 1);
    println!("{0} {1}", 1);
}
