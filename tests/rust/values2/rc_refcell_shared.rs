// Rc<RefCell<T>>: shared mutable state, borrow_mut changes seen through every clone, a borrow_mut guard in a block.
use std::cell::RefCell;
use std::rc::Rc;
fn main() {
    let shared = Rc::new(RefCell::new(vec![1, 2]));
    let a = Rc::clone(&shared);
    let b = shared.clone();
    a.borrow_mut().push(3);
    b.borrow_mut().push(4);
    println!("{:?}", shared.borrow());
    println!("len = {}", shared.borrow().len());
    drop(a);
    {
        let mut v = b.borrow_mut();
        v[0] = 100;
    }
    println!("{:?}", shared.borrow());
    let total: i32 = shared.borrow().iter().sum();
    println!("total = {}", total);
}
