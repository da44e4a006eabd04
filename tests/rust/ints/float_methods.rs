// sqrt, powi, powf, floor, ceil, round, trunc, abs on f64 and f32.
fn main() {
    let x = 2.0f64;
    println!("{}", x.sqrt());
    println!("{}", 2.0f32.sqrt());
    println!("{}", x.powi(10));
    println!("{}", 1.1f32.powi(3));
    println!("{}", 1.1f64.powi(3));
    println!("{}", x.powf(0.5));
    println!("{} {} {} {}", 2.5f64.floor(), 2.5f64.ceil(), 2.5f64.round(), (-2.5f64).round());
    println!("{} {}", (-2.7f32).trunc(), (-2.7f32).abs());
    println!("{}", (0.1f32 * 3.0).to_bits());
    println!("{}", 1.0f64.to_bits());
    println!("{} {}", f64::NAN.is_nan(), 1.0f64.is_nan());
}
