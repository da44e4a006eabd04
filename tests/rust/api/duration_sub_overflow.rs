// Subtracting a longer Duration from a shorter one panics (exit 101); checked_sub gives None.
use std::time::Duration;

fn main() {
    let short = Duration::from_millis(5);
    let long = Duration::from_millis(10);
    println!("checked: {:?}", short.checked_sub(long));
    println!("saturating: {:?}", short.saturating_sub(long));
    println!("the other way: {:?}", long - short);
    let d = short - long;
    println!("unreachable {:?}", d);
}
