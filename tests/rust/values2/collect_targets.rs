// collect() into a type pollscope cannot build (a HashSet, a Result of Vec) is refused where the let names it.
// expect-error: unsupported: `collect` into `HashSet<i32>`
use std::collections::HashSet;
fn main() {
    let v = vec![1, 1, 2];
    let s: HashSet<i32> = v.into_iter().collect();
    println!("{}", s.len());
    let r: Result<Vec<i32>, String> = vec![Ok(1), Err("bad".to_string())].into_iter().collect();
    println!("{:?}", r);
}
