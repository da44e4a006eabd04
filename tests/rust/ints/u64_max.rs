// u64::MAX prints as an unsigned number, and so do values near it.
fn main() {
    let m = u64::MAX;
    println!("{}", m);
    println!("{:?}", m);
    println!("{}", m - 1);
    println!("{}", m / 2);
    println!("{}", usize::MAX);
    let big: u64 = 10_000_000_000_000_000_000;
    println!("{}", big);
    println!("{}", big > 1);
    println!("{}", u32::MAX);
}
