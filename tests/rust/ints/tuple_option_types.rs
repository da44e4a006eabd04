// Tuple and Option annotations give the literals inside them their type.
fn pair() -> (u8, i64) {
    (200, 5_000_000_000)
}
fn main() {
    let (a, b): (u8, u8) = (200, 50);
    println!("{}", a.wrapping_add(b).wrapping_add(10));
    let p = pair();
    println!("{} {}", p.0.wrapping_mul(2), p.1 * 2);
    let x: Option<u8> = Some(250);
    println!("{:?}", x.map(|v| v.wrapping_add(10)));
    println!("{}", x.unwrap().wrapping_add(10));
    if let Some(v) = x {
        println!("{:?}", v.checked_add(6));
    }
    let r: Result<u16, String> = Ok(65535);
    println!("{:?}", r.clone().map(|v| v.wrapping_add(1)));
    println!("{}", r.unwrap().wrapping_add(2));
    let t = (1u8, 2);
    println!("{}", t.1 * 1_000_000);
}
