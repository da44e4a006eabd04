// `ref mut` in a let pattern writes through to the tuple it destructures.
// expect-error: unsupported: `ref mut` bindings
fn main() {
    let mut pair = (String::from("left"), 3);
    {
        let (ref mut s, ref mut n) = pair;
        s.push_str("!");
        *n += 1;
    }
    println!("{:?}", pair);
}
