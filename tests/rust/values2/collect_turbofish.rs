// collect::<String>() builds a String (its {:?} shows quotes), collect::<Vec<_>>() a Vec, from chars, strs and a map.
fn main() {
    let s = "abc".chars().rev().collect::<String>();
    println!("{:?} {}", s, s.len());
    let words = vec!["x", "y", "z"];
    println!("{:?}", words.iter().map(|w| w.to_uppercase()).collect::<String>());
    println!("{:?}", words.iter().copied().collect::<Vec<_>>());
    println!("{:?}", "a-b".split('-').collect::<Vec<&str>>());
    let joined = words.iter().map(|w| format!("<{}>", w)).collect::<Vec<String>>().join("");
    println!("{}", joined);
}
