// String ownership: moves into functions, borrowing with &, returning ownership, push_str through &mut.
fn takes(s: String) -> usize { s.len() }
fn borrows(s: &String) -> usize { s.len() }
fn append(s: &mut String, extra: &str) { s.push_str(extra); }
fn gives_back(s: String) -> String { s + "!" }
fn main() {
    let s1 = String::from("hello");
    let s2 = s1.clone();
    println!("{} {}", takes(s1), s2);
    let mut s3 = String::from("abc");
    println!("{}", borrows(&s3));
    append(&mut s3, "def");
    append(&mut s3, "g");
    println!("{} {}", s3, s3.len());
    let s4 = gives_back(s3);
    println!("{}", s4);
    let r1 = &s4;
    let r2 = &s4;
    println!("{} {}", r1, r2);
    let mut words = Vec::new();
    for w in s4.split('d') { words.push(w.to_string()); }
    println!("{:?}", words);
    let joined = words.join("+");
    println!("{}", joined);
    let upper: String = joined.chars().map(|c| c.to_ascii_uppercase()).collect();
    println!("{}", upper);
}
