// bytes() gives u8 items and find() a usize position.
fn main() {
    let s = "hi!";
    let sum: u32 = s.bytes().map(|b| b as u32).sum();
    println!("{}", sum);
    let wrapped: Vec<u8> = s.bytes().map(|b| b.wrapping_add(200)).collect();
    println!("{:?}", wrapped);
    let at = s.find('!').unwrap();
    println!("{}", at.wrapping_sub(3));
}
