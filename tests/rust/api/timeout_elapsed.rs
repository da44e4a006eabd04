// timeout gives Ok when the future finishes in time and an Elapsed error otherwise.
use tokio::time::{sleep, timeout, Duration};

async fn work(ms: u64) -> u64 {
    sleep(Duration::from_millis(ms)).await;
    ms * 2
}

#[tokio::main]
async fn main() {
    println!("{:?}", timeout(Duration::from_millis(50), work(10)).await);
    match timeout(Duration::from_millis(50), work(100)).await {
        Ok(v) => println!("finished: {}", v),
        Err(e) => println!("gave up: {}", e),
    }
    let r = timeout(Duration::from_millis(50), work(50)).await;
    println!("exactly at the deadline: {}", r.is_ok());
}
