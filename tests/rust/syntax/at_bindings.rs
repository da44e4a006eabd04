// `@` bindings: `n @ 1..=9`, `x @ Some(_)`, and `@` on a named-field variant.
#[derive(Debug)]
enum Msg {
    Hello { id: i32 },
}

fn size(n: u32) -> String {
    match n {
        0 => "zero".to_string(),
        d @ 1..=9 => format!("digit {}", d),
        t @ 10..=99 => format!("two digits {}", t),
        other => format!("big {}", other),
    }
}

fn main() {
    for n in [0, 7, 42, 1000] {
        println!("{}", size(n));
    }
    for o in [Some(3), None] {
        match o {
            x @ Some(_) => println!("got {:?}", x),
            None => println!("none"),
        }
    }
    let msgs = [Msg::Hello { id: 5 }, Msg::Hello { id: 11 }];
    for m in msgs.iter() {
        match m {
            Msg::Hello { id: id_var @ 3..=7 } => println!("found an id in range: {}", id_var),
            Msg::Hello { id } => println!("some other id: {}", id),
        }
    }
}
