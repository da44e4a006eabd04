// An index out of bounds panics: exit status 101, the lines before it printed.
fn main() {
    let v = vec![1, 2, 3];
    println!("len {}", v.len());
    let i = v.len() + 1;
    println!("{}", v[i]);
}
