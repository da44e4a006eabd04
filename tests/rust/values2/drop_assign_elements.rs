// Drop when a Vec element or a field is overwritten, when Option::take moves out, and when a Box is replaced.
struct T(&'static str);
impl Drop for T {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
struct Holder { slot: Option<T>, name: T }
fn main() {
    let mut v = vec![T("a"), T("b")];
    v[0] = T("c");
    println!("after index assign");
    let mut h = Holder { slot: Some(T("s1")), name: T("n1") };
    h.name = T("n2");
    println!("after field assign");
    let taken = h.slot.take();
    println!("took {}", taken.as_ref().unwrap().0);
    h.slot = Some(T("s2"));
    drop(taken);
    let mut b: Box<T> = Box::new(T("box1"));
    *b = T("box2");
    println!("end {}", b.0);
}
