fn main() {
    let m = HashMap::new();
}
// expect: 2:13: cannot find function `HashMap::new` in this scope
