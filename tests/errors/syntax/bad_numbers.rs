// expect: 5:13: integer literal is too large
// expect: 6:15: invalid suffix `abc` for number literal
// expect: 7:17: invalid digit `2` for this number base
fn main() {
    let n = 99999999999999999999999;
    let m = 12abc;
    let b = 0b102;
}
