// A user generic enum (a binary Tree<T: Ord>) with recursive insert, in-order walk, depth and contains.
#[derive(Debug)]
enum Tree<T: Ord> { Leaf, Node(Box<Tree<T>>, T, Box<Tree<T>>) }
impl<T: Ord + Copy + std::fmt::Debug> Tree<T> {
    fn new() -> Self { Tree::Leaf }
    fn insert(self, v: T) -> Self {
        match self {
            Tree::Leaf => Tree::Node(Box::new(Tree::Leaf), v, Box::new(Tree::Leaf)),
            Tree::Node(l, x, r) => {
                if v < x { Tree::Node(Box::new(l.insert(v)), x, r) }
                else { Tree::Node(l, x, Box::new(r.insert(v))) }
            }
        }
    }
    fn walk(&self, out: &mut Vec<T>) {
        if let Tree::Node(l, x, r) = self { l.walk(out); out.push(*x); r.walk(out); }
    }
    fn depth(&self) -> usize { match self { Tree::Leaf => 0, Tree::Node(l, _, r) => 1 + l.depth().max(r.depth()) } }
    fn contains(&self, v: T) -> bool {
        match self { Tree::Leaf => false, Tree::Node(l, x, r) => if v == *x { true } else if v < *x { l.contains(v) } else { r.contains(v) } }
    }
}
fn main() {
    let mut t = Tree::new();
    for v in [5, 3, 8, 1, 4, 9, 7] { t = t.insert(v); }
    let mut out = Vec::new();
    t.walk(&mut out);
    println!("{:?}", out);
    println!("depth {}", t.depth());
    println!("{} {}", t.contains(4), t.contains(6));
    let small = Tree::new().insert('b').insert('a');
    println!("{:?}", small);
}
