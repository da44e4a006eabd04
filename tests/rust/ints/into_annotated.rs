// x.into() converts to the annotated type.
fn main() {
    let small: u8 = 200;
    let wide: u32 = small.into();
    println!("{}", wide * 1000);
    let n: i32 = -3;
    let m: i64 = n.into();
    println!("{}", m * 1_000_000_000);
    let f: f64 = 2.5f32.into();
    println!("{}", f);
}
