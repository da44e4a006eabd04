// Slice patterns `[first, .., last]`, `[single]` and `[]` on a Vec through `as_slice()`.
fn describe(v: &[i32]) -> String {
    match v {
        [] => "empty".to_string(),
        [one] => format!("one: {}", one),
        [first, second] => format!("two: {} {}", first, second),
        [first, .., last] => format!("many: {}..{}", first, last),
    }
}

fn main() {
    let mut v = Vec::new();
    println!("{}", describe(v.as_slice()));
    for n in [5, 6, 7, 8] {
        v.push(n);
        println!("{}", describe(v.as_slice()));
    }
    println!("{}", describe(&v[..]));
    println!("{}", describe(&[9, 9, 9]));
}
