// expect-status: error
// expect-exit: 101
// expect-message: called `Option::unwrap()` on a `None` value
// expect-line: 7:15
fn main() {
    let v: Option<i32> = None;
    let x = v.unwrap();
    println!("{}", x);
}
