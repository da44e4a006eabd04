// parse() takes its type from the annotation the unwrapped result goes to.
fn main() {
    let n: u8 = "200".parse().unwrap();
    println!("{}", n);
    println!("{}", n.wrapping_add(100));
    let big: u64 = "18446744073709551615".parse().unwrap();
    println!("{}", big);
    let r: Result<i16, _> = "40000".parse::<i16>();
    println!("{:?}", r);
    let f: f64 = "2.5".parse().unwrap();
    println!("{}", f * 2.0);
    let g: f32 = "0.1".parse().unwrap();
    println!("{}", g + 0.2);
}
