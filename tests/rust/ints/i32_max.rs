// i32::MAX and MIN with checked and wrapping arithmetic.
fn main() {
    println!("{:?}", i32::MAX.checked_add(1));
    println!("{}", i32::MAX.wrapping_add(1));
    println!("{}", i32::MIN.wrapping_sub(1));
    println!("{:?}", i32::MIN.checked_neg());
    println!("{:?}", i32::MIN.checked_div(-1));
    println!("{:?}", 7i32.checked_div(0));
    println!("{}", i32::MAX.saturating_mul(2));
    println!("{}", i32::MIN.saturating_mul(2));
    println!("{} {}", i32::MAX, i32::MIN);
}
