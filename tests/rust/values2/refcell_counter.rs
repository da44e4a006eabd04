// RefCell inside a struct: mutation through &self, and a double borrow_mut panics (exit 101).
use std::cell::RefCell;
struct Counter { hits: RefCell<u32> }
impl Counter {
    fn hit(&self) { *self.hits.borrow_mut() += 1; }
    fn get(&self) -> u32 { *self.hits.borrow() }
}
fn main() {
    let c = Counter { hits: RefCell::new(0) };
    c.hit();
    c.hit();
    println!("hits = {}", c.get());
    let cell = RefCell::new(5);
    let first = cell.borrow_mut();
    println!("first = {}", *first);
    let second = cell.borrow_mut();
    println!("never {}", *second);
}
