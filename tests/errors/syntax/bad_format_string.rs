// expect: 5:22: invalid format string: expected `}` but the string ended
// expect: 6:22: invalid format string: unmatched `}` found
// expect: 7:17: invalid format string: unknown format trait `z`
fn main() {
    println!("value: {", 1);
    println!("value: }", 1);
    println!("{:z}", 1);
}
