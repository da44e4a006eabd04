// Generic fns with Default and turbofish: make::<T>(), Vec::<T>::with_capacity, parse::<T>(), and sum::<T>().
fn make<T: Default + std::fmt::Debug>() -> T { T::default() }
fn pair_of<T: Clone>(x: T) -> (T, T) { (x.clone(), x) }
// expect-error: cannot find function `T::default`
fn main() {
    println!("{:?} {:?} {:?}", make::<i32>(), make::<String>(), make::<Vec<u8>>());
    println!("{:?} {:?}", make::<bool>(), make::<Option<i32>>());
    let v: Vec<f64> = Vec::with_capacity(4);
    println!("{} {}", v.len(), v.capacity() >= 4);
    println!("{:?}", "42".parse::<i32>());
    println!("{:?}", "4.5".parse::<f64>());
    println!("{:?}", "x".parse::<u8>().is_err());
    println!("{}", [1.5f64, 2.25].iter().sum::<f64>());
    println!("{:?}", pair_of(String::from("twin")));
    let total = (1..=4).map(|x| x * x).sum::<i32>();
    let product: u64 = (1..=10u64).product();
    println!("{} {}", total, product);
}
