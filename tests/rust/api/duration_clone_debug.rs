// Duration is Copy: clones compare equal, and Debug prints them the way std does.
use std::time::Duration;

fn main() {
    let a = Duration::from_millis(1500);
    let b = a.clone();
    let c = a;
    println!("{:?} {:?} {:?}", a, b, c);
    println!("equal: {}", a == b);
    println!("{:?}", Duration::from_micros(250));
    println!("{:?}", Duration::from_secs(3) + Duration::from_millis(1));
    println!("{:?}", Duration::new(2, 5_000));
    println!("{:?}", Duration::new(1, 1_500_000_000));
    println!("millis {} secs {}", a.as_millis(), a.as_secs());
}
