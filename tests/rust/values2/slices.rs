// Slices: ranges of arrays, Vecs and strings, first_word, len, and an out-of-range slice panic.
fn first_word(s: &str) -> &str {
    let bytes = s.as_bytes();
    for (i, &item) in bytes.iter().enumerate() {
        if item == b' ' {
            return &s[0..i];
        }
    }
    &s[..]
}
fn sum(xs: &[i32]) -> i32 { xs.iter().sum() }
fn main() {
    let s = String::from("hello world");
    println!("{}", first_word(&s));
    println!("{}", first_word("single"));
    println!("{} {}", &s[..5], &s[6..]);
    let a = [1, 2, 3, 4, 5];
    let part = &a[1..3];
    println!("{:?} len {}", part, part.len());
    println!("{}", sum(&a[2..]));
    let v = vec![10, 20, 30];
    println!("{:?} {:?}", &v[..0], &v[..=1]);
    println!("{:?}", part.first());
    println!("{:?}", &v[2..5]);
}
