// Everyday counters: a usize index, a u32 total, an i64 running product.
fn main() {
    let words = vec!["alpha", "beta", "gamma"];
    let mut total: u32 = 0;
    let mut i = 0;
    while i < words.len() {
        total += words[i].len() as u32 * 1_000_000_000;
        i += 1;
        println!("{} {}", i, total);
    }
}
