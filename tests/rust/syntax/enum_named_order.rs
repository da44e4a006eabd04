// Field initializers run in the order they are written, whatever the declaration order.
#[derive(Debug)]
enum Msg {
    Move { x: i32, y: i32 },
}

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn value(name: &str, v: i32) -> i32 {
    println!("evaluating {}", name);
    v
}

fn main() {
    let m = Msg::Move { y: value("y", 2), x: value("x", 1) };
    println!("{:?}", m);
    let p = Point { y: value("py", 4), x: value("px", 3) };
    println!("{:?}", p);
    if let Msg::Move { y, x } = m {
        println!("x={} y={}", x, y);
    }
}
