// Byte strings `b"..."` are `&[u8; N]`: {:?} prints the numbers; raw `br"..."` keeps backslashes.
fn main() {
    let s = b"abc";
    println!("{:?}", s);
    println!("{}", s.len());
    let esc = b"a\tb\n\x7f\x80\\\"";
    println!("{:?}", esc);
    let raw = br"a\n";
    println!("{:?}", raw);
    let hashes = br#"say "hi""#;
    println!("{:?} {}", hashes, hashes.len());
    let empty = b"";
    println!("{:?} {}", empty, empty.len());
    println!("{}", s[1]);
}
