// Shifting by the width of the type or more panics.
fn shift(x: u32, n: u32) -> u32 {
    x << n
}
fn main() {
    println!("{}", shift(1, 31));
    println!("{}", 1u8 << 7);
    println!("{}", -16i32 >> 2);
    println!("{}", 0x80u8 >> 7);
    println!("{}", shift(1, 32));
}
