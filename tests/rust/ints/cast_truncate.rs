// `as` between integer types truncates and sign-extends.
fn main() {
    let big = 300;
    println!("{}", big as i8);
    println!("{}", big as u8);
    println!("{}", -1i32 as u8);
    println!("{}", -1i32 as u32);
    println!("{}", -1i64 as u64);
    println!("{}", 255u8 as i8);
    println!("{}", -1i8 as i32);
    println!("{}", 200u8 as i8 as i64);
    println!("{}", 65536 + 5 as u16 as i32);
    println!("{}", (65536 + 5) as u16);
    println!("{}", u64::MAX as i32);
    println!("{}", i64::MIN as u64);
}
