// Turbofish `::<T>` on functions, methods and types.
fn first<T: Clone>(items: &[T]) -> T {
    items[0].clone()
}

fn main() {
    let n = "42".parse::<i32>().unwrap();
    let f = "2.5".parse::<f64>().unwrap();
    println!("{} {}", n + 1, f * 2.0);
    let v = Vec::<u8>::new();
    println!("{:?}", v);
    let squares = (1..5).map(|x| x * x).collect::<Vec<i32>>();
    println!("{:?}", squares);
    let s = first::<String>(&["a".to_string()]);
    println!("{:?}", s);
    let mut x = 1;
    let old = std::mem::replace::<i32>(&mut x, 5);
    println!("{} {}", old, x);
    let parsed: Vec<u32> = "1 2 3".split(' ').map(|w| w.parse::<u32>().unwrap()).collect();
    println!("{:?}", parsed);
    let bad = "x".parse::<i32>();
    println!("{}", bad.is_err());
    let total = [1, 2, 3].iter().sum::<i32>();
    println!("{}", total);
}
