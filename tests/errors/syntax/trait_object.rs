// expect: 3:13: unsupported: trait objects
// expect: 7:16: unsupported: trait objects
fn show(x: &dyn std::fmt::Debug) {
    println!("{:?}", x);
}
fn main() {
    let b: Box<dyn Fn(i32) -> i32> = Box::new(|x| x);
}
