// `macro_rules!` definitions are a located error for now.
// expect-error: unsupported: macro_rules!
macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}

fn main() {
    println!("{}", square!(3));
}
