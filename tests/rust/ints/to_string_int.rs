// to_string and format! of integers of each type.
fn main() {
    let a = u64::MAX.to_string();
    println!("{} {}", a, a.len());
    let b = (-128i8).to_string();
    println!("{}", b);
    let c = format!("{}-{}", 255u8, -1i16);
    println!("{}", c);
    let d: usize = 42;
    println!("{}", d.to_string() + "!");
}
