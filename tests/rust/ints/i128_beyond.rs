// expect-error: unsupported: u128 value beyond 64 bits
// A u128 larger than 64 bits is a located error, not a wrong value.
fn main() {
    let x: u128 = 1 << 40;
    println!("{}", x * x);
}
