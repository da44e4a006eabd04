// expect-status: limit
// expect-exit: 4
// expect-message: string limit reached
// expect-line: 8:21
fn main() {
    let mut s = String::from("ab");
    loop {
        s = format!("{}{}", s, s);
    }
}
