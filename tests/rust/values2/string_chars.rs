// Strings by char: chars().rev(), char methods, byte len vs char count of Unicode, {:?} escapes, and slicing inside a char panicking.
fn main() {
    let s = "héllo wörld";
    println!("{} {}", s.len(), s.chars().count());
    let rev: String = s.chars().rev().collect();
    println!("{}", rev);
    let caps: String = s.split(' ').map(|w| {
        let mut c = w.chars();
        match c.next() { Some(f) => f.to_uppercase().collect::<String>() + &c.collect::<String>(), None => String::new() }
    }).collect::<Vec<_>>().join(" ");
    println!("{}", caps);
    for c in ['a', 'Z', '7', ' '] {
        println!("{:?} {} {} {} {}", c, c.is_alphabetic(), c.is_numeric(), c.is_uppercase(), c.len_utf8());
    }
    println!("{:?}", "tab\there \"quoted\"\n");
    println!("{:?}", s.find('w'));
    println!("{}", s.replace("l", "L"));
    println!("{}", &s[0..2]);
}
