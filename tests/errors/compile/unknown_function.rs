fn main() {
    let x = frobnicate(3);
    println!("{}", x);
}
// expect: 2:13: cannot find function `frobnicate` in this scope
