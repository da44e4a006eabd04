// A user Display of a struct: println!, format! and to_string() all run it.
use std::fmt;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

fn main() {
    let p = Point { x: 3, y: -7 };
    println!("point: {}", p);
    let s = format!("[{}] and [{}]", p, Point { x: 0, y: 0 });
    println!("{}", s);
    let t = p.to_string();
    println!("len {} text {}", t.len(), t);
    for i in 0..3 {
        let q = Point { x: i, y: i * i };
        println!("{i}: {q}");
    }
}
