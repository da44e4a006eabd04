// A range's items have the bounds' type; enumerate gives usize indexes.
fn main() {
    let n: u8 = 4;
    for i in 0..n {
        print!("{} ", i.wrapping_sub(2));
    }
    println!();
    for (i, c) in "abc".chars().enumerate() {
        print!("{}{} ", c, i.wrapping_sub(1));
    }
    println!();
    let total: u64 = (1..=20u64).product();
    println!("{}", total);
    let evens = (0..10u32).filter(|x| x % 2 == 0).count();
    println!("{}", evens.wrapping_sub(6));
    let last = (250u8..=255).map(|x| x.wrapping_add(10)).collect::<Vec<u8>>();
    println!("{:?}", last);
}
