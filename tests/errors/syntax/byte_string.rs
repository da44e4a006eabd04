// expect: 3:13: byte literals hold ASCII characters and `\x..` escapes only
fn main() {
    let b = b"héllo";
}
