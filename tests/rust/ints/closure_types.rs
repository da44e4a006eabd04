// Closures see the types of the values they are called with.
fn main() {
    let base: u8 = 250;
    let add = |x| base.wrapping_add(x);
    println!("{}", add(10));
    let v: Vec<u64> = vec![3_000_000_000, 4_000_000_000];
    let doubled: Vec<u64> = v.iter().map(|x| x * 2).collect();
    println!("{:?}", doubled);
    let small: Vec<u8> = vec![1, 2, 3];
    let shifted: Vec<u8> = small.iter().map(|x| x << 7).collect();
    println!("{:?}", shifted);
    let digits: u32 = "4096".chars().map(|c| c.to_digit(10).unwrap()).sum();
    println!("{}", digits);
}
