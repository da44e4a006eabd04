// len() is a usize: mixing it with a literal keeps it unsigned.
fn main() {
    let v = vec![10, 20, 30];
    let s = "hello";
    let n = v.len() + s.len();
    println!("{}", n);
    println!("{:?}", v.len().checked_sub(4));
    println!("{}", s.len().saturating_sub(10));
    println!("{}", usize::MAX - v.len());
    let count = v.iter().filter(|x| **x > 15).count();
    println!("{}", count);
}
