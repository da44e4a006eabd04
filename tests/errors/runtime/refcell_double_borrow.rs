// expect-status: error
// expect-exit: 101
// expect-message: already borrowed
// expect-line: 10:20
use std::cell::RefCell;

fn main() {
    let c = RefCell::new(vec![1]);
    let first = c.borrow_mut();
    let second = c.borrow_mut();
    println!("{:?} {:?}", first, second);
}
