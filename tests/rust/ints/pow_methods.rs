// pow and its checked, wrapping, saturating and overflowing forms.
fn main() {
    println!("{}", 2i32.pow(10));
    println!("{}", 3u64.pow(40));
    println!("{:?}", 2u8.checked_pow(8));
    println!("{:?}", 2u8.checked_pow(7));
    println!("{}", 3u8.wrapping_pow(5));
    println!("{}", 10i16.saturating_pow(5));
    println!("{}", (-10i16).saturating_pow(5));
    println!("{:?}", 2i32.overflowing_pow(31));
    println!("{}", (-2i32).pow(31));
    println!("{}", i32::pow(5, 3));
}
