// rem_euclid and div_euclid against % and / for negative operands.
fn main() {
    let a: i32 = -7;
    println!("{} {}", a % 3, a.rem_euclid(3));
    println!("{} {}", a / 3, a.div_euclid(3));
    println!("{} {}", 7i32.rem_euclid(-3), 7i32.div_euclid(-3));
    println!("{}", (-7.5f64).rem_euclid(2.0));
    println!("{}", 13u32.rem_euclid(5));
}
