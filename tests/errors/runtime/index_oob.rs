// expect-status: error
// expect-exit: 101
// expect-message: index out of bounds: the len is 3 but the index is 7
// expect-line: 8:20
fn main() {
    let v = vec![1, 2, 3];
    let i = 7;
    println!("{}", v[i]);
}
