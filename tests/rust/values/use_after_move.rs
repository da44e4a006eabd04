// Moving a String into a function and printing what it returns: ownership passes back and forth.
fn shout(s: String) -> String {
    s.to_uppercase()
}

fn len_of(v: &Vec<i32>) -> usize {
    v.len()
}

fn main() {
    let s = String::from("hello");
    let t = shout(s);
    println!("{}", t);
    let v = vec![1, 2, 3];
    println!("{}", len_of(&v));
    let w = v;
    println!("{:?}", w);
    let nums = [1, 2, 3];
    let copy = nums;
    println!("{:?} {:?}", nums, copy);
    let pair = (String::from("a"), 1);
    let (name, n) = pair;
    println!("{} {}", name, n);
}
