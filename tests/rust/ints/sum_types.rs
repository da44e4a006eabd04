// Sums and products of typed vectors keep the element type.
fn main() {
    let v: Vec<u32> = vec![4_000_000_000, 1];
    let w: Vec<u64> = v.iter().map(|x| *x as u64).collect();
    let total: u64 = w.iter().sum();
    println!("{}", total);
    let bytes: Vec<u8> = vec![100, 100];
    let s: u32 = bytes.iter().map(|b| *b as u32).sum();
    println!("{}", s);
    let p: i64 = (1..=15).product();
    println!("{}", p);
}
