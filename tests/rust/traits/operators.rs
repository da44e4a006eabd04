// Operator traits: Add, Sub, Mul, Neg, AddAssign and PartialEq/PartialOrd written by hand.
use std::cmp::Ordering;
use std::ops::{Add, AddAssign, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy)]
struct V2 {
    x: i32,
    y: i32,
}

impl Add for V2 {
    type Output = V2;
    fn add(self, o: V2) -> V2 {
        V2 { x: self.x + o.x, y: self.y + o.y }
    }
}

impl Sub for V2 {
    type Output = V2;
    fn sub(self, o: V2) -> V2 {
        V2 { x: self.x - o.x, y: self.y - o.y }
    }
}

impl Mul<i32> for V2 {
    type Output = V2;
    fn mul(self, k: i32) -> V2 {
        V2 { x: self.x * k, y: self.y * k }
    }
}

impl Neg for V2 {
    type Output = V2;
    fn neg(self) -> V2 {
        V2 { x: -self.x, y: -self.y }
    }
}

impl AddAssign for V2 {
    fn add_assign(&mut self, o: V2) {
        self.x += o.x;
        self.y += o.y;
    }
}

impl PartialEq for V2 {
    fn eq(&self, o: &V2) -> bool {
        self.x == o.x && self.y == o.y
    }
}

impl PartialOrd for V2 {
    fn partial_cmp(&self, o: &V2) -> Option<Ordering> {
        (self.x * self.x + self.y * self.y).partial_cmp(&(o.x * o.x + o.y * o.y))
    }
}

fn main() {
    let a = V2 { x: 1, y: 2 };
    let b = V2 { x: 10, y: 20 };
    println!("{:?}", a + b);
    println!("{:?}", b - a);
    println!("{:?}", a * 3);
    println!("{:?}", -a);
    let mut c = a;
    c += b;
    c += b;
    println!("{:?} {:?}", c, a);
    println!("{} {}", a == V2 { x: 1, y: 2 }, a != b);
    println!("{} {} {}", a < b, b <= a, a > -b);
    let mut v = vec![b, a, c];
    v.sort_by(|p, q| p.partial_cmp(q).unwrap());
    println!("{:?}", v);
}
