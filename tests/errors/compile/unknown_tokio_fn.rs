#[tokio::main]
async fn main() {
    tokio::time::snooze(std::time::Duration::from_millis(5)).await;
}
// expect: 3:5: unsupported: `tokio::time::snooze` is not in pollscope's runtime library
