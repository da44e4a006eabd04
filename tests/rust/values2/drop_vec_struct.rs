// Drop of Vec elements (in order), struct fields (declaration order), and temporaries at statement end.
struct D(i32);
impl Drop for D {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
struct Pair { first: D, second: D }
fn make(n: i32) -> D { D(n) }
fn main() {
    {
        let v = vec![D(1), D(2), D(3)];
        println!("vec len {}", v.len());
    }
    {
        let _p = Pair { first: D(10), second: D(20) };
        println!("pair built");
    }
    println!("temp value {}", make(99).0);
    let mut v = vec![D(4), D(5)];
    let last = v.pop();
    println!("popped {}", last.as_ref().map(|d| d.0).unwrap_or(-1));
    v.clear();
    println!("cleared");
}
