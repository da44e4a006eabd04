fn main() {
    continue;
}
// expect: 2:5: `break` or `continue` outside of a loop
