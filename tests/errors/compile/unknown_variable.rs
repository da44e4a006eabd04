fn main() {
    let a = 1;
    println!("{}", a + bogus);
}
// expect: 3:24: cannot find value `bogus` in this scope
