// expect-status: error
// expect-exit: 101
// expect-message: internal error: entered unreachable code: n was 3
// expect-line: 8:14
fn pick(n: u32) -> &'static str {
    match n {
        0 => "zero",
        _ => unreachable!("n was {}", n),
    }
}

fn main() {
    println!("{}", pick(0));
    println!("{}", pick(3));
}
