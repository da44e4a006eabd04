// 3u32.wrapping_sub(5) wraps around to a large unsigned value.
fn main() {
    println!("{}", 3u32.wrapping_sub(5));
    println!("{}", 0u8.wrapping_sub(1));
    println!("{}", 0u16.wrapping_sub(1));
    println!("{}", 200u8.wrapping_mul(3));
    println!("{}", (-128i8).wrapping_neg());
    println!("{}", (-128i8).wrapping_abs());
    println!("{}", 100i8.wrapping_add(100));
}
