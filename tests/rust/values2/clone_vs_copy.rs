// Clone vs Copy: Copy structs are duplicated on assignment, Clone ones must be cloned; changes stay separate.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point { x: i32, y: i32 }
#[derive(Debug, Clone)]
struct Bag { items: Vec<i32> }
fn bump(mut p: Point) -> Point { p.x += 1; p }
fn main() {
    let a = Point { x: 1, y: 2 };
    let mut b = a;
    b.y = 20;
    println!("{:?} {:?} {}", a, b, a == b);
    let c = bump(a);
    println!("{:?} {:?}", a, c);
    let bag = Bag { items: vec![1, 2] };
    let mut bag2 = bag.clone();
    bag2.items.push(3);
    println!("{:?} {:?}", bag, bag2);
    let arr = [a; 3];
    let mut arr2 = arr;
    arr2[1].x = 99;
    println!("{:?}", arr);
    println!("{:?}", arr2);
    let t = (a, 5);
    let mut t2 = t;
    t2.0.x = -1;
    println!("{:?} {:?}", t, t2);
}
