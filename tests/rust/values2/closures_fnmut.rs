// FnMut counters passed to functions, a returned counter closure, and closures kept in a Vec.
fn call_n<F: FnMut()>(n: u32, mut f: F) { for _ in 0..n { f(); } }
fn make_counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    move || { c += 1; c }
}
fn make_adder(k: i32) -> Box<dyn Fn(i32) -> i32> { Box::new(move |x| x + k) }
fn main() {
    let mut total = 0;
    call_n(4, || total += 5);
    println!("total = {}", total);
    let mut c1 = make_counter();
    let mut c2 = make_counter();
    println!("{} {} {}", c1(), c1(), c1());
    println!("{}", c2());
    let adders: Vec<Box<dyn Fn(i32) -> i32>> = vec![make_adder(1), make_adder(10), Box::new(|x| x * x)];
    let results: Vec<i32> = adders.iter().map(|f| f(7)).collect();
    println!("{:?}", results);
}
