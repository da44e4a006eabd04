// min, max, clamp and std::cmp on integers and floats.
fn main() {
    let a: u16 = 300;
    println!("{}", a.min(200));
    println!("{}", a.max(400));
    println!("{}", a.clamp(0, 255));
    println!("{}", (-5i32).clamp(-3, 3));
    println!("{}", std::cmp::max(3i64, 9));
    println!("{}", 2.5f64.max(1.0));
    println!("{}", 2.5f32.min(1.25));
    println!("{}", f64::NAN.max(1.0));
    println!("{}", i8::MAX.min(i8::MIN));
}
