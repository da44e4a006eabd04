// A generic singly linked stack with Option<Box<Node<T>>>: push, pop, peek, peek_mut, and iteration by reference.
struct Node<T> { elem: T, next: Option<Box<Node<T>>> }
pub struct Stack<T> { head: Option<Box<Node<T>>>, len: usize }
impl<T: std::fmt::Debug> Stack<T> {
    fn new() -> Self { Stack { head: None, len: 0 } }
    fn push(&mut self, elem: T) {
        let next = self.head.take();
        self.head = Some(Box::new(Node { elem, next }));
        self.len += 1;
    }
    fn pop(&mut self) -> Option<T> {
        self.head.take().map(|node| { self.head = node.next; self.len -= 1; node.elem })
    }
    fn peek(&self) -> Option<&T> { self.head.as_ref().map(|n| &n.elem) }
    fn peek_mut(&mut self) -> Option<&mut T> { self.head.as_mut().map(|n| &mut n.elem) }
    fn to_vec(&self) -> Vec<&T> {
        let mut out = Vec::new();
        let mut cur = &self.head;
        while let Some(node) = cur { out.push(&node.elem); cur = &node.next; }
        out
    }
}
fn main() {
    let mut s = Stack::new();
    for i in 1..=4 { s.push(i * 10); }
    println!("{:?} len {}", s.to_vec(), s.len);
    if let Some(top) = s.peek_mut() { *top += 1; }
    println!("{:?}", s.peek());
    println!("{:?} {:?}", s.pop(), s.pop());
    println!("{:?} len {}", s.to_vec(), s.len);
    let mut words: Stack<String> = Stack::new();
    words.push("a".into());
    println!("{:?} {:?}", words.pop(), words.pop());
}
