// A fully qualified path <Type as Trait>::NAME picks one trait's constant.
// expect-error: unsupported: qualified paths
trait Animal { const LEGS: u32; }
struct Bird;
impl Animal for Bird { const LEGS: u32 = 2; }
fn main() {
    println!("{}", <Bird as Animal>::LEGS);
}
