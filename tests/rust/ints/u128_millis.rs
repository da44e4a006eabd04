// as_millis is a u128, as_secs a u64; arithmetic with them keeps the type.
use std::time::Duration;
fn main() {
    let d = Duration::from_millis(1500);
    let ms = d.as_millis();
    println!("{}", ms * 1_000_000_000_000);
    println!("{}", d.as_secs() * 10_000_000_000);
    let x: u128 = 5;
    println!("{}", x.pow(20));
}
