// Integer division by zero panics.
fn divide(a: i32, b: i32) -> i32 {
    a / b
}
fn main() {
    println!("{}", divide(7, 2));
    println!("{}", divide(-7, 2));
    println!("{}", divide(7, 0));
}
