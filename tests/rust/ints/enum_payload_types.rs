// Enum variant fields give the literals passed to them their type.
#[derive(Debug)]
enum Msg {
    Move(u8),
    Scale(i16),
    Quit,
}
fn describe(m: &Msg) -> String {
    match m {
        Msg::Move(x) => format!("move {}", x.wrapping_add(10)),
        Msg::Scale(y) => format!("scale {}", y.wrapping_mul(1000)),
        Msg::Quit => String::from("quit"),
    }
}
fn main() {
    let msgs = vec![Msg::Move(250), Msg::Scale(40), Msg::Quit];
    for m in &msgs {
        println!("{}", describe(m));
    }
    println!("{:?}", msgs[0]);
    if let Msg::Move(x) = msgs[0] {
        println!("{:?}", x.checked_add(6));
    }
}
