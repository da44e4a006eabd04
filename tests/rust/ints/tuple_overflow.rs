// A u8 inside an annotated tuple overflows at 255.
fn main() {
    let (a, b): (u8, u8) = (200, 100);
    println!("{}", a);
    println!("{}", a + b);
}
