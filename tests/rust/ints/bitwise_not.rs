// ! on integers flips the bits at the type's width.
fn main() {
    println!("{}", !0u8);
    println!("{}", !0u32);
    println!("{}", !5i32);
    println!("{}", !0u64);
    println!("{}", !0x0Fu8 & 0xFF);
    let mask: u16 = 0x00FF;
    println!("{:#06x}", !mask);
}
