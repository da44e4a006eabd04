// A tree of Rc<RefCell<Node>>: children pushed through borrow_mut, a recursive sum, and a change seen by every holder.
use std::cell::RefCell;
use std::rc::Rc;
#[derive(Debug)]
struct Node { value: i32, children: Vec<Rc<RefCell<Node>>> }
fn node(v: i32) -> Rc<RefCell<Node>> { Rc::new(RefCell::new(Node { value: v, children: vec![] })) }
fn sum(n: &Rc<RefCell<Node>>) -> i32 {
    let b = n.borrow();
    b.value + b.children.iter().map(|c| sum(c)).sum::<i32>()
}
fn main() {
    let root = node(1);
    let leaf = node(5);
    root.borrow_mut().children.push(Rc::clone(&leaf));
    root.borrow_mut().children.push(node(7));
    println!("{}", sum(&root));
    leaf.borrow_mut().value = 50;
    println!("{}", sum(&root));
    println!("{}", root.borrow().children[0].borrow().value);
    println!("{}", root.borrow().children.len());
}
