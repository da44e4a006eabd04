// pow past the type's maximum panics.
fn main() {
    let base: u32 = 10;
    println!("{}", base.pow(9));
    println!("{}", base.pow(10));
}
