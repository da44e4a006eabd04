// MIN, MAX and BITS of every integer type up to 64 bits.
fn main() {
    println!("{} {} {}", i8::MIN, i8::MAX, i8::BITS);
    println!("{} {} {}", i16::MIN, i16::MAX, i16::BITS);
    println!("{} {} {}", i32::MIN, i32::MAX, i32::BITS);
    println!("{} {} {}", i64::MIN, i64::MAX, i64::BITS);
    println!("{} {} {}", isize::MIN, isize::MAX, isize::BITS);
    println!("{} {} {}", u8::MIN, u8::MAX, u8::BITS);
    println!("{} {} {}", u16::MIN, u16::MAX, u16::BITS);
    println!("{} {} {}", u32::MIN, u32::MAX, u32::BITS);
    println!("{} {} {}", u64::MIN, u64::MAX, u64::BITS);
    println!("{} {} {}", usize::MIN, usize::MAX, usize::BITS);
    println!("{}", u128::MIN);
}
