// signum, abs_diff, is_positive and is_negative.
fn main() {
    println!("{} {} {}", (-7i32).signum(), 0i32.signum(), 9i64.signum());
    println!("{}", 3u8.abs_diff(250));
    println!("{}", (-100i8).abs_diff(100));
    println!("{}", 10usize.abs_diff(4));
    println!("{} {}", (-1i32).is_negative(), 1i32.is_positive());
    println!("{}", (-2.5f64).signum());
}
