// f64 to f32 rounds; f32 to f64 is exact; integers to f32 round once.
fn main() {
    let a = 0.1f64 as f32;
    println!("{}", a);
    println!("{}", a as f64);
    println!("{}", 1e40f64 as f32);
    println!("{}", 123456789u32 as f32);
    println!("{}", 123456789 as f64);
    println!("{}", (2.5f32 as i32) + 1);
    println!("{}", -1.5f32 as u32);
    println!("{}", 3.7f32 as u8);
    println!("{}", f32::MAX as f64);
}
