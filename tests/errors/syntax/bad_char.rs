// expect: 4:13: empty character literal
// expect: 5:13: character literal may only contain one code point
fn main() {
    let c = '';
    let d = 'ab';
}
