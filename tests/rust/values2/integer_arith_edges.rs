// Integer arithmetic edges in everyday code: negative division and %, rem_euclid, abs, pow, checked_sub, and a division by zero panicking.
fn main() {
    println!("{} {} {} {}", -7 / 2, -7 % 2, 7 / -2, 7 % -2);
    println!("{} {}", (-7i32).rem_euclid(2), (-7i32).div_euclid(2));
    println!("{} {}", (-5i32).abs(), 2i32.pow(10));
    println!("{:?}", 5u32.checked_sub(6));
    println!("{} {}", i32::MAX, i64::MIN);
    println!("{}", 17f64 / 4.0);
    println!("{:.3} {}", 2f64.sqrt(), (10.0f64).powi(3));
    println!("{}", (7.9f64) as i32);
    let total: i32 = (1..=10).filter(|n| n % 3 == 0).sum();
    println!("{}", total);
    let zero = total - total;
    println!("{}", 10 / zero);
}
