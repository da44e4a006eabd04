// {:x} and {:b} of negative numbers print the two's complement at the type's width.
fn main() {
    println!("{:x}", -1i8);
    println!("{:x}", -1i16);
    println!("{:x}", -1i32);
    println!("{:x}", -1i64);
    println!("{:X}", -2i32);
    println!("{:b}", -1i8);
    println!("{:o}", -1i8);
    println!("{:#x}", -1i8);
    println!("{:x}", 255u8);
    println!("{:08b}", 5u8);
    println!("{:#010b}", 5u8);
    println!("{:x}", u64::MAX);
}
