// Match ergonomics: matching on &enum and &mut enum binds references; changes through &mut stick.
#[derive(Debug)]
enum Shape { Circle(f64), Rect { w: f64, h: f64 }, Empty }
fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.0 * r * r,
        Shape::Rect { w, h } => w * h,
        Shape::Empty => 0.0,
    }
}
fn grow(s: &mut Shape) {
    match s {
        Shape::Circle(r) => *r += 1.0,
        Shape::Rect { w, .. } => *w *= 2.0,
        Shape::Empty => {}
    }
}
fn main() {
    let mut shapes = vec![Shape::Circle(1.0), Shape::Rect { w: 2.0, h: 3.0 }, Shape::Empty];
    for s in &shapes { println!("{:?} -> {}", s, area(s)); }
    for s in shapes.iter_mut() { grow(s); }
    for s in &shapes { println!("{:?} -> {}", s, area(s)); }
    let opt = Some(String::from("hi"));
    if let Some(s) = &opt { println!("borrowed {}", s); }
    println!("still {:?}", opt);
    let mut pair = (1, 2);
    let (a, b) = &mut pair;
    *a += 10;
    *b += 20;
    println!("{:?}", pair);
}
