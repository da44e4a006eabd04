// expect-status: limit
// expect-exit: 4
// expect-message: step limit reached: the program ran more than
// expect-max-steps: 200000
// expect-line: 10:15
fn main() {
    println!("started");
    let mut x: u64 = 0;
    loop {
        x = x.wrapping_add(1);
    }
}
