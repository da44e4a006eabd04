// collect::<HashSet<_>>() would drop duplicates: pollscope has no HashSet and refuses it where the turbofish names it.
// expect-error: unsupported: `collect` into `HashSet<i32>`
use std::collections::HashSet;
fn main() {
    println!("{:?}", "abc".chars().collect::<String>());
    println!("{:?}", vec![1, 1].into_iter().collect::<HashSet<i32>>().len());
}
