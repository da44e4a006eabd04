// Enums with data and impl methods: the Book's Message enum, Option combinators, match with bindings and ranges.
#[derive(Debug)]
enum Message { Quit, Move { x: i32, y: i32 }, Write(String), ChangeColor(i32, i32, i32) }
impl Message {
    fn call(&self) -> String {
        match self {
            Message::Quit => "quit".to_string(),
            Message::Move { x, y } => format!("move to {},{}", x, y),
            Message::Write(text) => format!("write {}", text),
            Message::ChangeColor(r, g, b) => format!("color #{:02x}{:02x}{:02x}", r, g, b),
        }
    }
}
fn classify(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        1..=9 => "digit",
        10 | 20 | 30 => "round",
        _ => "big",
    }
}
fn main() {
    let msgs = vec![Message::Quit, Message::Move { x: 3, y: -4 }, Message::Write("hi".into()), Message::ChangeColor(255, 0, 16)];
    for m in &msgs { println!("{:?}: {}", m, m.call()); }
    for n in [-5, 0, 7, 20, 25] { println!("{} is {}", n, classify(n)); }
    let x: Option<i32> = Some(4);
    println!("{:?} {:?} {}", x.map(|v| v * 2), x.and_then(|v| if v > 5 { Some(v) } else { None }), x.unwrap_or(0));
    let msg = match x { Some(n @ 1..=5) => format!("small {}", n), Some(n) => format!("other {}", n), None => "none".into() };
    println!("{}", msg);
}
