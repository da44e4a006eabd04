// Summing a range of ten billion items used to run natively without counting steps: the run never ended.
fn main() {
    let s: u64 = (0..10_000_000_000u64).sum();
    println!("{}", s);
}
