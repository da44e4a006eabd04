// expect-status: error
// expect-exit: 101
// expect-message: called `Option::unwrap()` on a `None` value
// expect-line: 9:27
#[tokio::main]
async fn main() {
    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    let v: Vec<u32> = Vec::new();
    let first = v.first().unwrap();
    println!("{}", first);
}
