// u8::try_from and i64::from convert between integer types.
use std::convert::TryFrom;
fn main() {
    let big: i32 = 300;
    println!("{:?}", u8::try_from(big));
    println!("{:?}", u8::try_from(200i32));
    println!("{:?}", i8::try_from(-129i64));
    println!("{:?}", u32::try_from(-1i32).is_err());
    let x: i32 = -5;
    println!("{}", i64::from(x));
    println!("{}", u64::from(7u8));
    println!("{}", f64::from(1.5f32));
    match u16::try_from(70000u32) {
        Ok(v) => println!("ok {}", v),
        Err(e) => println!("error: {}", e),
    }
}
