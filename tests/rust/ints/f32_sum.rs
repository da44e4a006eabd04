// f32 arithmetic rounds to f32 and prints f32's shortest digits.
fn main() {
    let a = 0.1f32 + 0.2f32;
    println!("{}", a);
    println!("{:?}", a);
    println!("{}", a == 0.3f32);
    println!("{}", 0.1 + 0.2);
    println!("{}", 0.1f64 + 0.2 == 0.3);
    let x: f32 = 1.0 / 3.0;
    println!("{}", x);
    println!("{:.3}", x);
    println!("{}", x as f64);
    println!("{}", 16777216f32 + 1.0);
}
