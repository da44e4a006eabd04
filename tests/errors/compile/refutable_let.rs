fn main() {
    let v: Option<i32> = Some(3);
    let Some(x) = v;
    println!("{}", x);
}
// expect: 3:9: refutable pattern in `let`: use `if let` or `match`
