// A `ref mut` binding that is written through is refused with a located error, never a stale value.
// expect-error: unsupported: `ref mut` bindings
fn main() {
    let mut pair = (1, String::from("a"));
    let (ref mut n, _) = pair;
    *n += 1;
    println!("{}", pair.0);
}
