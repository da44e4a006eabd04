// Multiplying a u8 past 255 panics.
fn times(a: u8, b: u8) -> u8 {
    a * b
}
fn main() {
    println!("{}", times(16, 15));
    println!("{}", times(16, 16));
}
