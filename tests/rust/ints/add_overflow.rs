// Adding past i32::MAX panics in a debug build.
fn add(a: i32, b: i32) -> i32 {
    a + b
}
fn main() {
    let x: i32 = 2147483600;
    println!("{}", add(x, 47));
    println!("{}", add(x, 48));
}
