// A trait with an associated type (Container::Item), generic code using C::Item, and Iterator over a struct.
trait Container {
    type Item;
    fn get(&self, i: usize) -> Option<&Self::Item>;
    fn first(&self) -> Option<&Self::Item> { self.get(0) }
    fn size(&self) -> usize;
}
struct Names { v: Vec<String> }
impl Container for Names {
    type Item = String;
    fn get(&self, i: usize) -> Option<&String> { self.v.get(i) }
    fn size(&self) -> usize { self.v.len() }
}
struct Evens { upto: u32 }
impl Container for Evens {
    type Item = u32;
    fn get(&self, _i: usize) -> Option<&u32> { None }
    fn size(&self) -> usize { (self.upto / 2) as usize }
}
fn show<C: Container>(c: &C) -> String where C::Item: std::fmt::Debug { format!("{:?} of {}", c.first(), c.size()) }
fn main() {
    let n = Names { v: vec!["ann".into(), "bo".into()] };
    println!("{}", show(&n));
    println!("{:?}", n.get(1));
    println!("{:?}", n.get(2));
    println!("{}", show(&Evens { upto: 9 }));
}
