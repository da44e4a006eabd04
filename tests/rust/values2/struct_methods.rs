// Structs with methods: &self, &mut self, self by value, associated fns, and a method chain.
#[derive(Debug)]
struct Rectangle { width: u32, height: u32 }
impl Rectangle {
    fn square(size: u32) -> Self { Self { width: size, height: size } }
    fn area(&self) -> u32 { self.width * self.height }
    fn can_hold(&self, other: &Rectangle) -> bool { self.width > other.width && self.height > other.height }
    fn scale(&mut self, k: u32) -> &mut Self { self.width *= k; self.height *= k; self }
    fn into_tuple(self) -> (u32, u32) { (self.width, self.height) }
}
fn main() {
    let mut r = Rectangle { width: 30, height: 50 };
    let s = Rectangle::square(10);
    println!("{:?} area {}", r, r.area());
    println!("{:#?}", s);
    println!("{} {}", r.can_hold(&s), s.can_hold(&r));
    r.scale(2).scale(3);
    println!("{}", r.area());
    let t = r.into_tuple();
    println!("{:?}", t);
}
