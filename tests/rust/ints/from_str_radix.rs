// from_str_radix reads other bases, with Rust's errors.
fn main() {
    println!("{:?}", i32::from_str_radix("ff", 16));
    println!("{:?}", u8::from_str_radix("FF", 16));
    println!("{:?}", u8::from_str_radix("100", 16));
    println!("{:?}", i64::from_str_radix("-1010", 2));
    println!("{:?}", u32::from_str_radix("z", 36));
    println!("{:?}", u32::from_str_radix("12", 2));
    println!("{:?}", i8::from_str_radix("-80", 16));
    println!("{:?}", i8::from_str_radix("-81", 16));
}
