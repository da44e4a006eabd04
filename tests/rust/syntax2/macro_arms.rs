// Several arms, tried in order: literal tokens, fragment kinds and the first arm that matches.
macro_rules! describe {
    () => {
        "nothing"
    };
    (zero) => {
        "the word zero"
    };
    ($n:literal) => {
        "a literal"
    };
    ($name:ident) => {
        "an identifier"
    };
    ($e:expr) => {
        "an expression"
    };
}

macro_rules! op {
    (add $a:expr, $b:expr) => {
        $a + $b
    };
    (mul $a:expr, $b:expr) => {
        $a * $b
    };
    (neg $a:expr) => {
        -$a
    };
}

fn main() {
    println!("{}", describe!());
    println!("{}", describe!(zero));
    println!("{}", describe!(42));
    println!("{}", describe!("text"));
    println!("{}", describe!(count));
    println!("{}", describe!(1 + 2));
    println!("{}", op!(add 2, 3));
    println!("{}", op!(mul 4, 5 + 1));
    println!("{}", op!(neg 7));
}
