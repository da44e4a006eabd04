// Integers with {:+}, widths, zero padding and {:e}.
fn main() {
    let a: i64 = -42;
    let b: u8 = 7;
    println!("{:+} {:+}", a, b);
    println!("[{:5}] [{:<5}] [{:^5}] [{:05}]", a, b, b, a);
    println!("{:e}", 1234u32);
    println!("{:#X}", 48879u16);
    println!("{:#o}", 8u8);
    println!("{:?}", (1u8, -1i8, u64::MAX));
    println!("{:?}", vec![255u8, 0, 1]);
    println!("{:e} {:E}", u64::MAX, -1200i16);
}
