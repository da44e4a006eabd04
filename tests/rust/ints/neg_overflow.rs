// Negating i8::MIN overflows.
fn main() {
    let a: i8 = -127;
    println!("{}", -a);
    let b = a - 1;
    println!("{}", b);
    println!("{}", -b);
}
