// HashMap word count with entry().or_insert, get, contains_key, and sorted output.
// expect-error: not in pollscope's runtime library
use std::collections::HashMap;
fn main() {
    let text = "the cat and the dog and the bird";
    let mut counts: HashMap<&str, i32> = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut keys: Vec<_> = counts.keys().cloned().collect();
    keys.sort();
    for k in &keys { println!("{} {}", k, counts[k]); }
    println!("{:?} {:?}", counts.get("the"), counts.get("fish"));
    println!("{}", counts.contains_key("dog"));
    if let Some(c) = counts.get_mut("cat") { *c += 10; }
    println!("{}", counts["cat"]);
    counts.remove("and");
    println!("{}", counts.len());
}
