// An associated fn and const of a trait reached through a type parameter: A::new(n), A::LEGS.
// expect-error: cannot find function `A::new`
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
fn make_and_speak<A: Animal>(n: &str) -> String { let a = A::new(n); format!("{} ({} legs)", a.speak(), A::LEGS) }
fn main() {
    let d: Dog = Animal::new("Rex");
    println!("{}", d.speak());
    println!("{}", make_and_speak::<Dog>("Fido"));
    println!("{}", make_and_speak::<Bird>("Tweety"));
    println!("{}", Animal::speak(&d));
    println!("{}", Bird::LEGS + Dog::LEGS);
}
