// expect: 3:23: argument never used
fn main() {
    println!("{}", 1, 2);
}
