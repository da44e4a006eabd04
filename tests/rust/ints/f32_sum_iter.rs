// Summing f32 items rounds each step to f32.
fn main() {
    let v: Vec<f32> = vec![0.1, 0.2, 0.3, 0.4];
    let s: f32 = v.iter().sum();
    println!("{}", s);
    let w: Vec<f64> = vec![0.1, 0.2, 0.3, 0.4];
    let t: f64 = w.iter().sum();
    println!("{}", t);
    let p: f32 = v.iter().product();
    println!("{}", p);
}
