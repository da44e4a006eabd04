// Recursive named-field variants (Box fields): {:?}, {:#?} inside Option, width flags, Clone, PartialEq and matches!.
#[derive(Debug, Clone, PartialEq)]
enum Node {
    Leaf { value: i32 },
    Branch { left: Box<Node>, right: Box<Node>, tag: Option<String> },
}
fn sum(n: &Node) -> i32 {
    match n {
        Node::Leaf { value } => *value,
        Node::Branch { left, right, .. } => sum(left) + sum(right),
    }
}
fn main() {
    let t = Node::Branch {
        left: Box::new(Node::Leaf { value: 1 }),
        right: Box::new(Node::Branch { left: Box::new(Node::Leaf { value: 2 }), right: Box::new(Node::Leaf { value: 3 }), tag: None }),
        tag: Some("root".to_string()),
    };
    println!("{}", sum(&t));
    println!("{:?}", t);
    println!("{:#?}", Some(Node::Leaf { value: -1 }));
    let c = t.clone();
    println!("{}", c == t);
    println!("{}", matches!(c, Node::Branch { tag: Some(_), .. }));
    let leaf = Node::Leaf { value: 5 };
    println!("{:>3?}|{:#?}", Node::Leaf{value: 7}, leaf);
}
