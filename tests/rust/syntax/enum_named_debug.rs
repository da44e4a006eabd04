// An enum whose variants have named fields prints with {:?} and {:#?} exactly as derive(Debug) does.
#[derive(Debug)]
enum Shape {
    Circle { radius: u32 },
    Rect { width: u32, height: u32 },
    Point,
    Pair(u32, u32),
}

fn main() {
    let shapes = vec![
        Shape::Circle { radius: 3 },
        Shape::Rect { width: 4, height: 5 },
        Shape::Point,
        Shape::Pair(1, 2),
    ];
    for s in &shapes {
        println!("{:?}", s);
    }
    println!("{:#?}", shapes[1]);
    println!("{:#?}", shapes);
}
