// Float to integer casts saturate, NaN becomes 0, and int to float rounds.
fn main() {
    println!("{}", 300.0 as u8);
    println!("{}", -5.0 as u8);
    println!("{}", 3.99 as i32);
    println!("{}", -3.99 as i32);
    println!("{}", f64::NAN as i32);
    println!("{}", f64::INFINITY as i64);
    println!("{}", f64::NEG_INFINITY as i16);
    println!("{}", 1e20 as u64);
    println!("{}", 1e10 as i32);
    println!("{}", u64::MAX as f64);
    println!("{}", 16777217 as f32);
    println!("{}", 7 as f64 / 2.0);
}
