// expect: 3:14: comparison operators cannot be chained
fn main() {
    if 1 < 2 < 3 {
    }
}
