// checked_add, wrapping_add and saturating_add on a u8 near its maximum.
fn main() {
    let small: u8 = 250;
    println!("{:?}", small.checked_add(10));
    println!("{:?}", small.checked_add(5));
    println!("{}", small.wrapping_add(10));
    println!("{}", small.saturating_add(10));
    println!("{:?}", small.overflowing_add(10));
    println!("{:?}", 3u8.checked_sub(5));
    println!("{}", 3u8.saturating_sub(5));
}
