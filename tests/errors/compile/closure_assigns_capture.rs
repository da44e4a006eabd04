#[tokio::main]
async fn main() {
    let mut count = 0;
    let mut inc = || count += 1;
    inc();
    println!("{}", count);
}
// expect: 4:22: unsupported: assigning to `count`, which this closure or async block borrows from its surroundings (pollscope captures by value: use `move` and return the new value, or a Cell/Mutex)
