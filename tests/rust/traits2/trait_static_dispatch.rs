// Trait with an associated function and const, called as Type::f(), Type::CONST and Trait::method(&x).
trait Animal {
    const LEGS: u32;
    fn new(name: &str) -> Self;
    fn name(&self) -> String;
    fn speak(&self) -> String { format!("{} makes a sound", self.name()) }
}
struct Dog { name: String }
struct Bird { name: String }
impl Animal for Dog {
    const LEGS: u32 = 4;
    fn new(name: &str) -> Self { Dog { name: name.to_string() } }
    fn name(&self) -> String { self.name.clone() }
    fn speak(&self) -> String { format!("{} barks", self.name) }
}
impl Animal for Bird {
    const LEGS: u32 = 2;
    fn new(name: &str) -> Self { Bird { name: name.to_string() } }
    fn name(&self) -> String { self.name.clone() }
}
fn main() {
    let d = Dog::new("Rex");
    println!("{}", d.speak());
    let b = Bird::new("Tweety");
    println!("{} ({} legs)", b.speak(), Bird::LEGS);
    println!("{}", Animal::speak(&d));
    println!("{}", Bird::LEGS + Dog::LEGS);
}
