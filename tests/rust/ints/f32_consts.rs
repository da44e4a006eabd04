// f32 and f64 constants print as Rust prints them.
fn main() {
    println!("{}", f32::MAX);
    println!("{}", f32::MIN);
    println!("{}", f32::EPSILON);
    println!("{}", f64::EPSILON);
    println!("{:?}", f32::MIN_POSITIVE);
    println!("{}", f64::MAX);
    println!("{}", f32::INFINITY);
    println!("{}", -f64::INFINITY);
    println!("{}", f32::NAN);
    println!("{}", f32::NAN == f32::NAN);
    println!("{}", std::f32::consts::PI);
    println!("{}", std::f64::consts::PI);
}
