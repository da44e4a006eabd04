// Typed literals at the edges of their ranges.
fn main() {
    let a: i8 = -128;
    let b: u8 = 255;
    let c: i64 = -9223372036854775808;
    let d: i16 = i16::MIN;
    println!("{} {} {} {}", a, b, c, d);
    println!("{}", a as u8);
    println!("{}", c.wrapping_sub(1));
}
