// Drop through places: *r = v drops the old value, mem::replace hands it back, mem::swap drops nothing, a Box overwritten in place.
struct T(&'static str);
impl Drop for T { fn drop(&mut self) { println!("drop {}", self.0); } }
struct W { t: T }
impl W {
    fn reset(&mut self) { self.t = T("fresh"); }
}
fn set(r: &mut T, v: T) { *r = v; }
fn rep(r: &mut T) -> T { std::mem::replace(r, T("rep-new")) }
fn sw(a: &mut T, b: &mut T) { std::mem::swap(a, b); }
fn main() {
    let mut a = T("a");
    set(&mut a, T("a2"));
    println!("after set {}", a.0);
    let old = rep(&mut a);
    println!("after replace {} {}", a.0, old.0);
    let mut b = T("b");
    sw(&mut a, &mut b);
    println!("after swap {} {}", a.0, b.0);
    let mut w = W { t: T("w1") };
    w.reset();
    println!("after reset {}", w.t.0);
    let mut bx = Box::new(T("box1"));
    *bx = T("box2");
    println!("end");
}
