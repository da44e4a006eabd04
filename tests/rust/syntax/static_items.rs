// Immutable `static` items and `const` items, including arrays and string slices.
static GREETING: &str = "hello";
static LIMITS: [u32; 3] = [10, 20, 30];
const SCALE: u32 = 3;
static SCALED: u32 = SCALE * 7;

fn main() {
    println!("{} world", GREETING);
    println!("{:?} {}", LIMITS, LIMITS.len());
    println!("{}", SCALED);
    let mut sum = 0;
    for l in LIMITS.iter() {
        sum += l * SCALE;
    }
    println!("{}", sum);
}
