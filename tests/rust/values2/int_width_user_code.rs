// Integer widths in user code: u8 checked/wrapping/saturating adds, a u64 factorial overflowing, a u32 field product overflowing, in a debug build (exit 101).
struct Rect { width: u32, height: u32 }
impl Rect { fn area(&self) -> u32 { self.width * self.height } }
fn fact(n: u64) -> u64 { if n == 0 { 1 } else { n * fact(n - 1) } }
fn main() {
    println!("{:?} {:?}", 200u8.checked_add(100), 200u8.checked_add(55));
    println!("{} {}", 250u8.wrapping_add(10), 250u8.saturating_add(10));
    println!("{}", fact(20));
    let small = Rect { width: 65_535, height: 65_537 };
    println!("{}", small.area());
    let wide = Rect { width: 4_000_000_000, height: 2 };
    println!("{}", wide.area());
}
