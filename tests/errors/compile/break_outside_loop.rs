fn main() {
    let x = 1;
    if x > 0 {
        break;
    }
}
// expect: 4:9: `break` or `continue` outside of a loop
