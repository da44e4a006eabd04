// TryFrom/TryInto: a user impl with a custom error, and integer conversions that fail out of range.
// expect-error: unsupported: no method named `try_into`
use std::convert::TryFrom;
use std::convert::TryInto;
#[derive(Debug)]
struct Even(u32);
impl TryFrom<i64> for Even {
    type Error = String;
    fn try_from(v: i64) -> Result<Self, Self::Error> {
        if v < 0 { Err(format!("{} is negative", v)) }
        else if v % 2 != 0 { Err(format!("{} is odd", v)) }
        else { Ok(Even(v as u32)) }
    }
}
fn main() {
    println!("{:?}", Even::try_from(8));
    println!("{:?}", Even::try_from(7));
    println!("{:?}", Even::try_from(-2));
    let r: Result<Even, _> = 12i64.try_into();
    println!("{:?}", r);
    let small: Result<u8, _> = 300i32.try_into();
    println!("{:?}", small.is_err());
    let ok: u8 = 255i32.try_into().unwrap();
    println!("{}", ok);
}
