// Drop order: locals drop in reverse at scope end, inner scopes first, shadowed values live to the end.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
fn main() {
    let _a = Noisy("a");
    {
        let _b = Noisy("b");
        let _c = Noisy("c");
        println!("inner end");
    }
    let x = Noisy("x1");
    let x = Noisy("x2");
    println!("shadowed: {}", x.0);
    let _ = Noisy("underscore");
    println!("main end");
}
