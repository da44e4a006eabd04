// Building a table in a String with writeln! in a loop, then printing it once.
use std::fmt::Write as FmtWrite;

fn render(rows: &[(&str, u32)]) -> String {
    let mut out = String::new();
    for (name, score) in rows {
        writeln!(out, "{:<6}|{:>4}", name, score).unwrap();
    }
    out
}

fn main() {
    let table = render(&[("ann", 7), ("bob", 120), ("cy", 33)]);
    print!("{}", table);
    println!("{} lines", table.lines().count());
}
