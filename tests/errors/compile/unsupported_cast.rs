fn main() {
    let x = 5;
    let s = x as String;
    println!("{}", s);
}
// expect: 3:18: unsupported: cast to `String`
