// Integer widths in user code: a u64 factorial overflowing, a u32 field product overflowing, in a debug build (exit 101).
struct Rect { width: u32, height: u32 }
impl Rect { fn area(&self) -> u32 { self.width * self.height } }
fn fact(n: u64) -> u64 { if n == 0 { 1 } else { n * fact(n - 1) } }
fn main() {
    println!("{}", fact(20));
    let small = Rect { width: 65_535, height: 65_537 };
    println!("{}", small.area());
    let wide = Rect { width: 4_000_000_000, height: 2 };
    println!("{}", wide.area());
}
