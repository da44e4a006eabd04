// An Rc'd value is dropped when the last clone goes, not the first.
use std::rc::Rc;
struct Res(&'static str);
impl Drop for Res {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
// expect-error: `std::sync::Arc::strong_count` is not in pollscope's runtime library
fn main() {
    let a = Rc::new(Res("shared"));
    let b = Rc::clone(&a);
    println!("strong = {}", Rc::strong_count(&a));
    drop(a);
    println!("after drop a, strong = {}", Rc::strong_count(&b));
    drop(b);
    println!("end");
}
