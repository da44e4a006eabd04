// Floats with {:?}, {:.2}, {:e} and widths, for f64 and f32.
fn main() {
    let a = 1.0f64 / 3.0;
    let b = 1.0f32 / 3.0;
    println!("{:?} {:?}", a, b);
    println!("{:.2} {:.2}", a, b);
    println!("{:e} {:e}", a, b);
    println!("{:8.3}|{:<8.3}|", a, b);
    println!("{:?}", 1e16f64);
    println!("{:?}", 1e16f32);
    println!("{:?}", 0.00001f32);
    println!("{}", 1.5e-7f32);
    println!("{:+}", 2.0f32);
}
