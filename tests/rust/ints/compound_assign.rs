// Compound assignment keeps the variable's type and checks overflow.
fn main() {
    let mut n: u16 = 65000;
    n += 500;
    println!("{}", n);
    n -= 65500;
    println!("{}", n);
    let mut b: u8 = 1;
    b <<= 7;
    println!("{}", b);
    b >>= 3;
    println!("{}", b);
    b |= 0b11;
    println!("{}", b);
    b ^= 0xFF;
    println!("{}", b);
    n += 65535;
    println!("{}", n);
}
