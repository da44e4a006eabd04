// Byte literals `b'a'` are u8 values, with escapes.
fn main() {
    let a = b'a';
    let newline = b'\n';
    let quote = b'\'';
    let backslash = b'\\';
    let high = b'\xff';
    let zero = b'\0';
    println!("{} {} {} {} {} {}", a, newline, quote, backslash, high, zero);
    println!("{}", (b'z' - b'a') as u32);
    println!("{}", b'A' + 2);
    let c = b'7';
    println!("{}", (c - b'0') * 3);
    println!("{:?}", [b'x', b'y']);
}
