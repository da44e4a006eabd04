// A generic trait with a type parameter, implemented twice for one type, and a blanket impl over Display.
// expect-error: a second `convert` for `Meters` from another impl
trait Convert<T> { fn convert(&self) -> T; }
struct Meters(f64);
impl Convert<f64> for Meters { fn convert(&self) -> f64 { self.0 * 3.28 } }
impl Convert<String> for Meters { fn convert(&self) -> String { format!("{}m", self.0) } }
trait Shout { fn shout(&self) -> String; }
impl<T: std::fmt::Display> Shout for T { fn shout(&self) -> String { format!("{}!", self.to_string().to_uppercase()) } }
fn main() {
    let m = Meters(2.0);
    let feet: f64 = m.convert();
    let text: String = m.convert();
    println!("{} {}", feet, text);
    println!("{}", "hey".shout());
    println!("{}", 42.shout());
    println!("{}", 'q'.shout());
}
