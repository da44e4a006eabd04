// expect-status: error
// expect-exit: 101
// expect-message: assertion `left == right` failed\n  left: 4\n right: 5
// expect-line: 7:5
fn main() {
    let a = 2 + 2;
    assert_eq!(a, 5);
}
