// Nested or-patterns: `Some(1 | 2)`, `(0 | 1, _)` and alternatives inside a variant's fields.
enum Cmd {
    Move { dir: char, steps: u32 },
    Stop,
}

fn main() {
    for o in [Some(1), Some(2), Some(3), None] {
        let s = match o {
            Some(1 | 2) => "small",
            Some(_) => "large",
            None => "none",
        };
        println!("{:?} {}", o, s);
    }
    for p in [(0, 5), (1, 6), (2, 7)] {
        match p {
            (0 | 1, y) => println!("low x, y={}", y),
            (x, _) => println!("x={}", x),
        }
    }
    let cmds = [Cmd::Move { dir: 'n', steps: 2 }, Cmd::Move { dir: 'e', steps: 1 }, Cmd::Stop];
    for c in cmds.iter() {
        match c {
            Cmd::Move { dir: 'n' | 's', steps } => println!("vertical {}", steps),
            Cmd::Move { dir, .. } => println!("horizontal {}", dir),
            Cmd::Stop => println!("stop"),
        }
    }
}
