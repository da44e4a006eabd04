// Or-patterns that bind: `Ok(n) | Err(n)`, and alternatives binding the same field of different variants.
enum Shape {
    Circle { r: u32 },
    Square { side: u32 },
    Line(u32, u32),
}

fn size(s: &Shape) -> u32 {
    match s {
        Shape::Circle { r: n } | Shape::Square { side: n } => *n,
        Shape::Line(a, b) | Shape::Line(b, a) if a > b => a - b,
        Shape::Line(a, b) => b - a,
    }
}

fn main() {
    let results: Vec<Result<u32, u32>> = vec![Ok(3), Err(7)];
    for r in &results {
        match r {
            Ok(n) | Err(n) => println!("value {}", n),
        }
    }
    let shapes = [Shape::Circle { r: 2 }, Shape::Square { side: 5 }, Shape::Line(9, 4), Shape::Line(1, 6)];
    for s in shapes.iter() {
        println!("{}", size(s));
    }
    let pair = (1, 8);
    let ((x, _) | (_, x)) = pair;
    println!("{}", x);
    if let Some(v) | Some(v) = Some(4) {
        println!("{}", v);
    }
}
