// ref in patterns, @ bindings, nested enum destructuring and a match guard using a borrowed binding.
#[derive(Debug)]
enum Expr { Num(i64), Add(Box<Expr>, Box<Expr>), Neg(Box<Expr>) }
fn eval(e: &Expr) -> i64 {
    match e {
        Expr::Num(n) => *n,
        Expr::Add(a, b) => eval(a) + eval(b),
        Expr::Neg(inner) => -eval(inner),
    }
}
fn main() {
    let e = Expr::Add(Box::new(Expr::Num(2)), Box::new(Expr::Neg(Box::new(Expr::Num(7)))));
    println!("{:?} = {}", e, eval(&e));
    let pair = (String::from("left"), 3);
    let (ref s, ref n) = pair;
    println!("{} {}", s, n);
    println!("{:?}", pair);
    let v = vec![1, 5, 12, 40];
    for x in &v {
        let label = match *x { small @ 0..=4 => format!("small {}", small), n if n % 2 == 0 => format!("even {}", n), n => format!("odd {}", n) };
        println!("{}", label);
    }
    let maybe: Option<&(i32, i32)> = Some(&(3, 4));
    if let Some(&(a, b)) = maybe { println!("{}", a * b); }
}
