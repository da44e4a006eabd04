// `type` aliases, plain and generic, used in signatures, constructors and struct literals.
type Pair<T> = (T, T);
type Count = u64;
type Names = Vec<String>;

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

type P = Point;

fn swap<T>(p: Pair<T>) -> Pair<T> {
    (p.1, p.0)
}

fn total(items: &[Count]) -> Count {
    items.iter().sum()
}

fn main() {
    println!("{:?}", swap((1, 2)));
    println!("{}", total(&[3, 4, 5]));
    let mut names: Names = Names::new();
    names.push("a".to_string());
    println!("{:?}", names);
    let p = P { x: 1, y: 2 };
    println!("{:?}", p);
}
