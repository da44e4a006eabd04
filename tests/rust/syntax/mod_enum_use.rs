// An enum in a module, its variants through the module path and through `use module::Enum`.
mod shapes {
    #[derive(Debug, Clone, Copy)]
    pub enum Shape {
        Circle(f64),
        Square { side: f64 },
    }

    impl Shape {
        pub fn area(&self) -> f64 {
            match self {
                Shape::Circle(r) => 3.0 * r * r,
                Shape::Square { side } => side * side,
            }
        }
    }
}

use shapes::Shape;

fn main() {
    let a = shapes::Shape::Circle(2.0);
    let b = Shape::Square { side: 1.5 };
    for s in [a, b] {
        println!("{:?} has area {}", s, s.area());
    }
}
