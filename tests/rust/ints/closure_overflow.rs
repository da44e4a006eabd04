// A closure's arithmetic on a u8 argument overflows at 255.
fn main() {
    let bump = |x: u8| x + 10;
    println!("{}", bump(245));
    println!("{}", bump(246));
}
