// Scaling a Duration by integers and floats, where the result is whole microseconds.
use std::time::Duration;

fn main() {
    let d = Duration::from_millis(10);
    println!("{:?}", d * 3);
    println!("{:?}", d / 4);
    println!("{:?}", d.mul_f64(0.3));
    println!("{:?}", d.div_f64(8.0));
    println!("{:?}", d.checked_div(0));
    println!("{:?}", d.checked_div(5));
    println!("{:?}", Duration::from_secs_f64(0.3));
    println!("{:?}", Duration::from_nanos(42_000));
    println!("{}", Duration::from_millis(1100).as_secs_f64());
    println!("{}", d.as_secs_f64() * 3.0);
}
