// `[head, rest @ ..]` binds the remaining elements as a slice; recursion over it sums a list.
fn sum(v: &[u32]) -> u32 {
    match v {
        [] => 0,
        [head, rest @ ..] => *head + sum(rest),
    }
}

fn main() {
    let v = vec![1, 2, 3, 4];
    println!("{}", sum(&v));
    match v.as_slice() {
        [first, rest @ ..] => println!("{} then {:?}", first, rest),
        [] => println!("nothing"),
    }
    match &v[..] {
        [init @ .., last] => println!("{:?} then {}", init, last),
        [] => println!("nothing"),
    }
    match &v[..] {
        [a, middle @ .., z] => println!("{} {:?} {}", a, middle, z),
        _ => println!("short"),
    }
    let short = [7];
    match &short[..] {
        [a, middle @ .., z] => println!("{} {:?} {}", a, middle, z),
        _ => println!("short"),
    }
}
