// Slice methods: windows, chunks, concat, iter().rev().enumerate(), contains, binary_search, drain, reduce.
fn main() {
    let v = [1, 3, 6, 10, 15];
    let diffs: Vec<i32> = v.windows(2).map(|w| w[1] - w[0]).collect();
    println!("{:?}", diffs);
    for c in v.chunks(2) { println!("chunk {:?}", c); }
    for (i, x) in v.iter().rev().enumerate() { print!("{}:{} ", i, x); }
    println!();
    println!("{}", v.contains(&6));
    println!("{:?} {:?}", v.binary_search(&10), v.binary_search(&4));
    let nested = vec![vec![1, 2], vec![3]];
    println!("{:?}", nested.concat());
    let mut m = vec![5, 1, 4];
    m.reverse();
    println!("{:?} {:?}", m, m.iter().rev().collect::<Vec<_>>());
    let mut d = vec![1, 2, 3, 4, 5];
    let drained: Vec<i32> = d.drain(1..3).collect();
    println!("{:?} {:?}", drained, d);
    println!("{:?}", v.iter().copied().reduce(|a, b| a.max(b)));
}
