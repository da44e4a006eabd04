// `ref` bindings borrow instead of moving, so the original stays usable.
#[derive(Debug)]
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let p = Person { name: "Ann".to_string(), age: 30 };
    let Person { ref name, age } = p;
    println!("{} {}", name, age);
    println!("{:?}", p);
    let pair = (String::from("left"), String::from("right"));
    let (ref l, ref r) = pair;
    println!("{} {}", l, r);
    println!("{:?}", pair);
    match p.name {
        ref n if n.len() > 2 => println!("long name {}", n),
        ref n => println!("short name {}", n),
    }
    println!("{}", p.name);
}
