// expect: 3:5: unterminated block comment
fn main() {
    /* a /* nested */ comment that never ends
}
