// overflowing_* returns the wrapped value and whether it overflowed.
fn main() {
    println!("{:?}", 250u8.overflowing_add(10));
    println!("{:?}", 5u8.overflowing_sub(6));
    println!("{:?}", i32::MAX.overflowing_mul(2));
    println!("{:?}", i8::MIN.overflowing_neg());
    println!("{:?}", i32::MIN.overflowing_div(-1));
    println!("{:?}", 1u32.overflowing_shl(33));
    println!("{:?}", 1u32.checked_shl(33));
    println!("{:?}", 0x80u8.wrapping_shr(9));
    println!("{}", (-128i8).wrapping_div(-1));
    println!("{}", (-7i32).wrapping_rem(3));
    println!("{}", i64::MAX.saturating_add(1));
    println!("{}", i64::MIN.saturating_sub(1));
}
