// abs of the minimum value panics; checked_abs gives None.
fn main() {
    println!("{}", (-5i32).abs());
    println!("{:?}", i64::MIN.checked_abs());
    println!("{}", i16::MIN.saturating_abs());
    let m = i32::MIN;
    println!("{}", m.abs());
}
