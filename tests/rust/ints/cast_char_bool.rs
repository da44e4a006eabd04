// char to integer, u8 to char, and bool to integer casts.
fn main() {
    println!("{}", 'A' as u8);
    println!("{}", 'é' as u32);
    println!("{}", '😀' as u32);
    println!("{}", '😀' as u8);
    println!("{}", 97u8 as char);
    println!("{}", ('a' as u8 + 2) as char);
    println!("{}", true as i32);
    println!("{}", false as u8);
    let c = 'z';
    println!("{}", (c as u8 - 'a' as u8) as usize);
}
