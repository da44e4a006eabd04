// Subtracting below zero in a usize panics.
fn main() {
    let v = vec![1, 2, 3];
    let n = v.len();
    println!("{}", n - 3);
    println!("{}", n - 4);
}
