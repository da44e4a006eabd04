// expect: 3:13: unsupported: byte strings and byte literals
fn main() {
    let b = b"bytes";
}
