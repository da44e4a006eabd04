// expect-status: error
// expect-exit: 101
// expect-message: something went wrong: 42
// expect-line: 7:5
fn main() {
    println!("before");
    panic!("something went wrong: {}", 42);
}
