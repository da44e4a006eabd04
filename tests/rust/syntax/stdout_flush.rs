// `print!` then `std::io::stdout().flush()` with `use std::io::Write`, as prompts in tutorials do.
use std::io::{self, Write};

fn main() {
    for i in 1..=3 {
        print!("step {}... ", i);
        io::stdout().flush().unwrap();
        println!("ok");
    }
    let mut out = std::io::stdout();
    out.flush().expect("could not flush");
    print!("no newline at the end");
    println!("{}", if io::stdout().flush().is_ok() { "" } else { "!" });
}
