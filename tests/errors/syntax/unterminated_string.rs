// expect: 3:14: unterminated string literal
fn main() {
    println!("never ends);
}
