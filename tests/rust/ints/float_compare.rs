// Comparisons with NaN are false; f32 and f64 compare as their values.
fn main() {
    let nan = f64::NAN;
    println!("{} {} {} {}", nan < 1.0, nan > 1.0, nan == nan, nan != nan);
    println!("{}", 0.1f32 as f64 == 0.1f64);
    println!("{}", 0.5f32 as f64 == 0.5f64);
    println!("{}", -0.0f64 == 0.0);
    println!("{:?}", 1.0f64.partial_cmp(&nan));
    println!("{:?}", 2.0f32.partial_cmp(&1.0));
}
