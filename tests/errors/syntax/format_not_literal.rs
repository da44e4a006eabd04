// expect: 4:14: format argument must be a string literal, found identifier `x`
fn main() {
    let x = 1;
    println!(x);
    format!();
}
