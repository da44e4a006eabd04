// expect-status: limit
// expect-exit: 4
// expect-message: recursion limit reached
// expect-line: 6:5
fn depth(n: u64) -> u64 {
    depth(n + 1) + 1
}

fn main() {
    println!("{}", depth(0));
}
