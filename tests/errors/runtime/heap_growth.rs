// expect-status: limit
// expect-exit: 4
// expect-message: heap limit reached
// expect-max-objects: 10000
// expect-line: 11:15
#[tokio::main]
async fn main() {
    let mut v = Vec::new();
    loop {
        for _ in 0..1000 {
            v.push(vec![1]);
        }
        tokio::task::yield_now().await;
    }
}
