// An unsuffixed literal takes the type of what it is combined with.
fn scale(x: u64) -> u64 {
    x * 3_000_000_000
}
struct Counter {
    hits: u8,
}
fn main() {
    println!("{}", scale(4));
    let c = Counter { hits: 250 };
    println!("{:?}", c.hits.checked_add(10));
    let mut total: u64 = 0;
    for i in 0..5 {
        total += i * 1_000_000_000;
    }
    println!("{}", total);
    let a = 100;
    let b: i8 = a;
    println!("{}", b.wrapping_add(100));
    let v: Vec<u8> = vec![200, 100];
    println!("{}", v[0].wrapping_add(v[1]));
}
