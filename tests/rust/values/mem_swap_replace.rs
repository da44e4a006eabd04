// std::mem::{swap, replace, take} move values between places.
use std::mem;

#[derive(Debug, Default)]
struct Buf {
    items: Vec<i32>,
    name: String,
}

fn main() {
    let mut a = 1;
    let mut b = 2;
    mem::swap(&mut a, &mut b);
    println!("a = {}, b = {}", a, b);
    let mut v = vec![1, 2, 3];
    let old = mem::replace(&mut v, vec![9]);
    println!("old = {:?}, v = {:?}", old, v);
    let mut buf = Buf { items: vec![4, 5], name: "x".to_string() };
    let items = mem::take(&mut buf.items);
    println!("items = {:?}, buf = {:?}", items, buf);
    let mut pair = (String::from("l"), String::from("r"));
    mem::swap(&mut pair.0, &mut pair.1);
    println!("{:?}", pair);
    let mut xs = vec![10, 20, 30];
    let n = mem::replace(&mut xs[1], 0);
    println!("n = {}, xs = {:?}", n, xs);
    let mut opt = Some(3);
    let t = opt.take();
    println!("{:?} {:?}", t, opt);
    let r = &mut opt;
    let before = r.replace(8);
    println!("{:?} {:?}", before, opt);
}
