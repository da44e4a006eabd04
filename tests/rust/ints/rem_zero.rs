// The remainder by zero panics with its own message.
fn rem(a: u32, b: u32) -> u32 {
    a % b
}
fn main() {
    println!("{}", rem(10, 3));
    println!("{}", rem(10, 0));
}
