// leading_zeros, trailing_zeros, count_ones and count_zeros at each width.
fn main() {
    println!("{}", 1u8.leading_zeros());
    println!("{}", 1u32.leading_zeros());
    println!("{}", 1u64.leading_zeros());
    println!("{}", 0u16.trailing_zeros());
    println!("{}", 8i32.trailing_zeros());
    println!("{}", (-1i8).count_ones());
    println!("{}", 0b1011u8.count_zeros());
    println!("{}", (-1i32).leading_zeros());
    println!("{}", u8::BITS);
    println!("{}", i64::BITS);
    println!("{}", 0xF0u8.leading_ones());
    println!("{}", 7u32.trailing_ones());
}
