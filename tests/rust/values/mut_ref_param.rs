// Writes through `&mut` parameters reach the caller's variables.
fn bump(n: &mut u32) {
    *n += 1;
}

fn set_to(n: &mut i64, v: i64) {
    *n = v;
}

fn append(dst: &mut String, p: &str) {
    *dst += p;
    dst.push('!');
}

fn main() {
    let mut x = 5u32;
    bump(&mut x);
    bump(&mut x);
    println!("x = {}", x);
    let mut total = 21;
    let r = &mut total;
    *r *= 2;
    println!("total = {}", total);
    let mut y = 0;
    set_to(&mut y, -7);
    println!("y = {}", y);
    let mut s = String::from("hi");
    append(&mut s, " there");
    println!("{}", s);
}
