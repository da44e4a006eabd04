impl Vec<i32> {
    fn total(&self) -> i32 {
        0
    }
}

fn main() {}
// expect: 1:6: unsupported: `impl` for `Vec<i32>`, which is not a struct or enum of this program
