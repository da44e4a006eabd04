// let-else with a user enum and a named-field variant; the else block panics (exit 101).
#[derive(Debug)]
enum Token {
    Num { value: i64 },
    Word(String),
}

fn value_of(t: &Token) -> i64 {
    let Token::Num { value } = t else {
        panic!("not a number: {:?}", t);
    };
    *value * 10
}

fn main() {
    println!("{}", value_of(&Token::Num { value: 4 }));
    println!("{}", value_of(&Token::Word("hi".to_string())));
    println!("unreachable");
}
