// Generic fns taking closures: apply_n with FnMut, compose returning impl Fn, and a generic map_or over Option.
fn apply_n<F>(n: usize, mut f: F) where F: FnMut(usize) { for i in 0..n { f(i); } }
fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C { move |x| g(f(x)) }
fn map_or<T, U, F: Fn(T) -> U>(o: Option<T>, d: U, f: F) -> U { match o { Some(v) => f(v), None => d } }
fn main() {
    let mut seen = Vec::new();
    apply_n(4, |i| seen.push(i * i));
    println!("{:?}", seen);
    let inc_then_double = compose(|x: i32| x + 1, |x: i32| x * 2);
    println!("{} {}", inc_then_double(3), inc_then_double(-1));
    let len_str = compose(|s: &str| s.len(), |n: usize| format!("len={}", n));
    println!("{}", len_str("hello"));
    println!("{}", map_or(Some(4), 0, |x: i32| x * 3));
    println!("{:?}", map_or(None, vec![], |x: i32| vec![x]));
}
