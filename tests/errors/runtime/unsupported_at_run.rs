fn main() {
    let mut v = vec![1, 2, 3];
    println!("before");
    if let Some(s) = v.get_mut(0..2) {
        s[0] = 9;
    }
    println!("{:?}", v);
}
// expect-status: error
// expect-exit: 1
// expect-message: 4:24: unsupported: `get_mut` with a range
// expect-line: 4:24
// expect-stdout: before\n
