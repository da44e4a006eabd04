// expect-status: error
// expect-exit: 101
// expect-message: attempt to divide by zero
// expect-line: 8:20
fn main() {
    let a = 10;
    let b = a - 10;
    println!("{}", a / b);
}
