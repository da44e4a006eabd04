// expect: 5:1: unexpected closing delimiter `}`
fn main() {
    println!("hi");
}
}
fn other() {}
