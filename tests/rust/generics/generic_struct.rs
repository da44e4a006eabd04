// Generic structs and impls: Point<T>, Point<T, U>::mixup, an impl only for Point<f64>, and a generic Stack<T>.
#[derive(Debug, Clone)]
struct Point<T, U> { x: T, y: U }
impl<T, U> Point<T, U> {
    fn mixup<V, W>(self, other: Point<V, W>) -> Point<T, W> { Point { x: self.x, y: other.y } }
}
impl Point<f64, f64> {
    fn dist(&self) -> f64 { (self.x * self.x + self.y * self.y).sqrt() }
}
#[derive(Debug)]
struct Stack<T> { items: Vec<T> }
impl<T: std::fmt::Debug> Stack<T> {
    fn new() -> Self { Stack { items: Vec::new() } }
    fn push(&mut self, t: T) { self.items.push(t); }
    fn pop(&mut self) -> Option<T> { self.items.pop() }
    fn peek(&self) -> Option<&T> { self.items.last() }
    fn len(&self) -> usize { self.items.len() }
    fn is_empty(&self) -> bool { self.items.is_empty() }
}
fn main() {
    let p1 = Point { x: 5, y: 10.4 };
    let p2 = Point { x: "Hello", y: 'c' };
    let p3 = p1.clone().mixup(p2);
    println!("{:?} {:?}", p1, p3);
    println!("{}", Point { x: 3.0, y: 4.0 }.dist());
    let mut s: Stack<String> = Stack::new();
    s.push("a".into());
    s.push("b".into());
    println!("{:?} {} {}", s.peek(), s.len(), s.is_empty());
    println!("{:?} {:?} {:?}", s.pop(), s.pop(), s.pop());
    println!("{:?} {}", s, s.is_empty());
}
