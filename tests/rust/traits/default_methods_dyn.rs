// Trait definitions with required and default methods; impls for structs, a tuple struct and f64; Box<dyn Trait> and &impl Trait.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String { "shape".to_string() }
    fn describe(&self) -> String { format!("{} with area {:.2}", self.name(), self.area()) }
}
struct Circle { r: f64 }
struct Square(f64);
impl Shape for Circle {
    fn area(&self) -> f64 { 3.14159 * self.r * self.r }
    fn name(&self) -> String { "circle".into() }
}
impl Shape for Square {
    fn area(&self) -> f64 { self.0 * self.0 }
}
impl Shape for f64 {
    fn area(&self) -> f64 { *self }
}
fn total(shapes: &[Box<dyn Shape>]) -> f64 { shapes.iter().map(|s| s.area()).sum() }
fn show(s: &impl Shape) { println!("{}", s.describe()); }
fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 1.0 }), Box::new(Square(2.0))];
    for s in &shapes { println!("{}", s.describe()); }
    println!("{:.3}", total(&shapes));
    show(&Square(3.0));
    println!("{}", 2.5f64.describe());
}
