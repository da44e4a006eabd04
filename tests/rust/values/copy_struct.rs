// Copy values are copied: changing the copy leaves the original alone.
#[derive(Debug, Clone, Copy)]
struct Pt {
    x: i32,
    y: i32,
}

fn moved(mut p: Pt) -> Pt {
    p.x += 100;
    p
}

fn main() {
    let p = Pt { x: 1, y: 2 };
    let mut q = p;
    q.x = 9;
    println!("p = {:?}, q = {:?}", p, q);
    let r = moved(p);
    println!("p = {:?}, r = {:?}", p, r);
    let t = (1, 2);
    let mut u = t;
    u.0 = 50;
    println!("t = {:?}, u = {:?}", t, u);
    let arr = [1, 2, 3];
    let mut b = arr;
    b[0] = 7;
    println!("arr = {:?}, b = {:?}", arr, b);
    let pts = vec![p, q];
    let mut first = pts[0];
    first.y = -1;
    println!("{:?} {:?}", pts, first);
}
