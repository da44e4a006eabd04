// expect: 4:14: format string needs 2 positional arguments but 1 was given
fn main() {
    let x = 3;
    println!("{} and {}", x);
}
