// expect: 2:1: unsupported: trait definitions
trait Shape {
    fn area(&self) -> f64;
}

fn main() {
    println!("after the trait");
}
