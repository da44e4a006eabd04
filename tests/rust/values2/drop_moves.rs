// Drop with moves: into a function, drop(x), reassignment, and a value returned back out.
struct Guard { name: String }
impl Drop for Guard {
    fn drop(&mut self) { println!("drop {}", self.name); }
}
fn consume(g: Guard) { println!("consume {}", g.name); }
fn pass(g: Guard) -> Guard { println!("pass {}", g.name); g }
fn main() {
    let a = Guard { name: "a".to_string() };
    consume(a);
    let b = Guard { name: "b".to_string() };
    drop(b);
    let mut c = Guard { name: "c1".to_string() };
    println!("before reassign");
    c = Guard { name: "c2".to_string() };
    println!("after reassign {}", c.name);
    let d = pass(Guard { name: "d".to_string() });
    println!("got {}", d.name);
    println!("end");
}
