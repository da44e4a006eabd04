fn main() {
    loop {
        break 'outer;
    }
}
// expect: 3:9: use of undeclared label `'outer`
