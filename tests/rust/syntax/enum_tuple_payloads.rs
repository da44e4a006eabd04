// A tuple variant with several payloads binds each one to its own name.
#[derive(Debug)]
enum Op {
    Move(i32, i32),
    Color(u8, u8, u8),
    Say(String),
}

fn main() {
    let ops = vec![Op::Move(1, -2), Op::Color(10, 20, 30), Op::Say("hi".to_string())];
    for op in &ops {
        match op {
            Op::Move(dx, dy) => println!("move {} {}", dx, dy),
            Op::Color(r, _, b) => println!("color r={} b={}", r, b),
            Op::Say(s) => println!("say {}", s),
        }
    }
    if let Op::Color(_, g, _) = &ops[1] {
        println!("green {}", g);
    }
    println!("{:?}", ops);
}
