// `macro_rules!` expanding to expressions: an `expr` fragment stays one operand, and the
// expansion is one expression where it stands.
macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}

macro_rules! double {
    ($x:expr) => {
        $x + $x
    };
}

fn main() {
    println!("{}", square!(3));
    println!("{}", square!(1 + 2));
    println!("{}", 2 * double!(3));
    println!("{}", double!(square!(2)) - 1);
    let v = 5;
    println!("{}", square!(v) + double!(v));
    let f = 1.5;
    println!("{}", square!(f));
}
