// One type with both a Display and a Debug impl: {} and {:?} each use their own fmt, also inside a Vec and an Option.
use std::fmt;
struct Temp(i32);
impl fmt::Display for Temp {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "{}°C", self.0) }
}
impl fmt::Debug for Temp {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "Temp<{}>", self.0) }
}
fn main() {
    let t = Temp(21);
    println!("{} {:?}", t, t);
    let v = vec![Temp(-3), Temp(40)];
    println!("{:?}", v);
    println!("{:?}", Some(Temp(0)));
    let s = format!("{}|{:?}", v[0], v[1]);
    println!("{}", s);
}
