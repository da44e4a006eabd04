// rotate_left/right, swap_bytes, to_be/to_le and reverse_bits keep the width.
fn main() {
    println!("{:#x}", 0x12u8.rotate_left(4));
    println!("{:#x}", 0x1234u16.rotate_right(4));
    println!("{}", 1u32.rotate_right(1));
    println!("{:#x}", 0x12345678u32.swap_bytes());
    println!("{:#x}", 0x1234u16.to_be());
    println!("{:#x}", 0x1234u16.to_le());
    println!("{}", 1u8.reverse_bits());
    println!("{}", (-2i8).rotate_left(1));
}
