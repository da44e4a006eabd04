// Duration's as_secs_f32 is an f32 and as_secs_f64 an f64.
use std::time::Duration;
fn main() {
    let d = Duration::from_millis(1234);
    println!("{}", d.as_secs_f64() / 3.0);
    println!("{}", d.as_secs_f32() / 3.0);
    println!("{}", d.as_secs() + 1);
    println!("{}", d.subsec_millis() * 2);
}
