// Static vs dynamic dispatch on one trait: generic fn<T: Speak>, &dyn Speak, and Vec<&dyn Speak> of mixed types.
trait Speak { fn speak(&self) -> String; fn times(&self, n: usize) -> String { self.speak().repeat(n) } }
struct Cat;
struct Cow { loud: bool }
impl Speak for Cat { fn speak(&self) -> String { "meow".into() } }
impl Speak for Cow { fn speak(&self) -> String { if self.loud { "MOO".into() } else { "moo".into() } } }
fn twice<T: Speak>(x: &T) -> String { x.times(2) }
fn dynamic(x: &dyn Speak) -> String { format!("<{}>", x.speak()) }
fn loudest<'a>(xs: &[&'a dyn Speak]) -> &'a dyn Speak { xs[xs.len() - 1] }
fn main() {
    let c = Cat;
    let q = Cow { loud: true };
    println!("{} {}", twice(&c), twice(&q));
    println!("{} {}", dynamic(&c), dynamic(&Cow { loud: false }));
    let all: Vec<&dyn Speak> = vec![&c, &q];
    let joined: Vec<String> = all.iter().map(|s| s.times(1)).collect();
    println!("{:?}", joined);
    println!("{}", loudest(&all).speak());
}
