// `..` in the middle of a tuple pattern is refused with a located error rather than ignoring what follows it.
// expect-error: unsupported: `..` before the last element of a tuple pattern
fn main() {
    let t = (1, 2, 3, 4);
    match t {
        (1, .., 5) => println!("one to five"),
        (first, .., last) => println!("{} {}", first, last),
    }
}
