// Closures stored as Box<dyn Fn>, returned as impl Fn, passed to generic FnMut parameters.
fn apply_all(fs: &[Box<dyn Fn(i32) -> i32>], x: i32) -> Vec<i32> {
    fs.iter().map(|f| f(x)).collect()
}

fn adder(k: i32) -> impl Fn(i32) -> i32 {
    move |x| x + k
}

fn repeat<F: FnMut(u32)>(n: u32, mut f: F) {
    for i in 0..n {
        f(i);
    }
}

fn compose<F, G>(f: F, g: G) -> impl Fn(i32) -> i32
where
    F: Fn(i32) -> i32,
    G: Fn(i32) -> i32,
{
    move |x| g(f(x))
}

fn main() {
    let fs: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(|x| x + 1), Box::new(|x| x * x), Box::new(adder(10))];
    println!("{:?}", apply_all(&fs, 7));
    let mut seen = Vec::new();
    repeat(4, |i| seen.push(i * i));
    println!("{:?}", seen);
    let mut sum = 0;
    repeat(5, |i| sum += i);
    println!("sum = {}", sum);
    let h = compose(adder(1), |x| x * 100);
    println!("{}", h(2));
}
