// An unconstrained integer is an i32: it overflows at i32's bounds.
fn main() {
    let mut x = 1;
    for _ in 0..30 {
        x *= 2;
    }
    println!("{}", x);
    println!("{}", x - 1 + x);
    x *= 2;
    println!("{}", x);
}
