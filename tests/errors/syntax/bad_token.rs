// expect: 5:15: unexpected character `§`
// expect: 6:13: unexpected backtick (strings are written with `"`)
// expect: 6:18: unexpected backtick (strings are written with `"`)
fn main() {
    let x = 5 § 3;
    let y = `tick`;
}
