// A default method calling a required one and an overridden one: dispatch goes to the impl's version every time.
trait Greeter {
    fn name(&self) -> String;
    fn greeting(&self) -> String { "Hello".to_string() }
    fn greet(&self) -> String { format!("{}, {}!", self.greeting(), self.name()) }
    fn greet_twice(&self) -> String { format!("{} {}", self.greet(), self.greet()) }
}
struct English;
struct French { who: String }
impl Greeter for English { fn name(&self) -> String { "world".into() } }
impl Greeter for French {
    fn name(&self) -> String { self.who.clone() }
    fn greeting(&self) -> String { "Bonjour".into() }
}
fn all(gs: &[&dyn Greeter]) { for g in gs { println!("{}", g.greet()); } }
fn main() {
    let e = English;
    let f = French { who: "Marie".into() };
    all(&[&e, &f]);
    println!("{}", f.greet_twice());
    println!("{}", e.greeting());
}
