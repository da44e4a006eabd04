// An inline module with pub fns, a pub struct and its impl, used by `module::item` paths.
mod geometry {
    pub struct Rect {
        pub w: u32,
        pub h: u32,
    }

    impl Rect {
        pub fn new(w: u32, h: u32) -> Self {
            Rect { w, h }
        }

        pub fn area(&self) -> u32 {
            self.w * self.h
        }
    }

    pub fn square(side: u32) -> Rect {
        Rect::new(side, side)
    }

    pub const UNIT: u32 = 1;
}

fn main() {
    let r = geometry::Rect::new(3, 4);
    println!("{}", r.area());
    let s = geometry::square(5);
    println!("{} {}", s.w, s.area());
    let lit = geometry::Rect { w: 2, h: geometry::UNIT };
    println!("{}", lit.area());
}
