// `impl<T>` blocks on a generic struct, with generic methods and trait bounds in where clauses.
#[derive(Debug)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }

    fn push(&mut self, item: T) {
        self.items.push(item);
    }

    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }

    fn len(&self) -> usize {
        self.items.len()
    }
}

impl<T: std::fmt::Debug> Stack<T>
where
    T: Clone,
{
    fn top(&self) -> Option<T> {
        self.items.last().cloned()
    }
}

fn main() {
    let mut s: Stack<u32> = Stack::new();
    s.push(1);
    s.push(2);
    println!("{:?} len {}", s, s.len());
    println!("{:?}", s.top());
    println!("{:?} {:?} {:?}", s.pop(), s.pop(), s.pop());
    let mut names = Stack::<String>::new();
    names.push("x".to_string());
    println!("{:?}", names);
}
