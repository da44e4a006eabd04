// Summing u8 items past 255 panics, as the items' own `+` does.
fn main() {
    let small: Vec<u8> = vec![100, 100, 50];
    let s: u8 = small.iter().sum();
    println!("{}", s);
    let more: Vec<u8> = vec![200, 100];
    let t: u8 = more.iter().sum();
    println!("{}", t);
}
