// Struct fields and return types give literals their type.
#[derive(Debug)]
struct Pixel {
    r: u8,
    g: u8,
    b: u8,
}
impl Pixel {
    fn brighten(&self, by: u8) -> Pixel {
        Pixel { r: self.r.saturating_add(by), g: self.g.saturating_add(by), b: self.b.saturating_add(by) }
    }
    fn luma(&self) -> u32 {
        (self.r as u32 * 299 + self.g as u32 * 587 + self.b as u32 * 114) / 1000
    }
}
fn main() {
    let p = Pixel { r: 200, g: 100, b: 250 };
    let q = p.brighten(60);
    println!("{:?}", q);
    println!("{}", q.luma());
    println!("{}", p.r.wrapping_add(100));
}
