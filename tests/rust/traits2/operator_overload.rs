// Operator traits: Add, Sub, Mul by a scalar, Neg, AddAssign, Index, and PartialEq on a Vector type.
use std::ops::{Add, AddAssign, Index, Mul, Neg, Sub};
#[derive(Debug, Clone, Copy, PartialEq)]
struct V2 { x: i32, y: i32 }
impl Add for V2 { type Output = V2; fn add(self, o: V2) -> V2 { V2 { x: self.x + o.x, y: self.y + o.y } } }
impl Sub for V2 { type Output = V2; fn sub(self, o: V2) -> V2 { V2 { x: self.x - o.x, y: self.y - o.y } } }
impl Mul<i32> for V2 { type Output = V2; fn mul(self, k: i32) -> V2 { V2 { x: self.x * k, y: self.y * k } } }
impl Neg for V2 { type Output = V2; fn neg(self) -> V2 { V2 { x: -self.x, y: -self.y } } }
impl AddAssign for V2 { fn add_assign(&mut self, o: V2) { self.x += o.x; self.y += o.y; } }
struct Poly(Vec<i32>);
impl Index<usize> for Poly { type Output = i32; fn index(&self, i: usize) -> &i32 { &self.0[i] } }
fn main() {
    let a = V2 { x: 1, y: 2 };
    let b = V2 { x: 10, y: 20 };
    println!("{:?} {:?}", a + b, b - a);
    println!("{:?} {:?}", a * 3, -a);
    let mut c = a;
    c += b;
    c += b;
    println!("{:?} {}", c, c == V2 { x: 21, y: 42 });
    println!("{}", a != b);
    let p = Poly(vec![5, 6, 7]);
    println!("{} {}", p[0], p[2]);
    println!("{}", p[3]);
}
