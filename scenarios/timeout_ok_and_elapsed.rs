//! tokio::time::timeout: Ok in time, Err(Elapsed) too late
//! `timeout(d, fut)` polls `fut` and a timer together. If `fut` finishes first
//! the result is `Ok(value)`; if the deadline passes first, `fut` is dropped
//! and the result is `Err(Elapsed)`.
//! part: join-select-timeout
use std::time::Duration;
use tokio::time::{sleep, timeout, Instant};

async fn work(ms: u64) -> u64 {
    sleep(Duration::from_millis(ms)).await;
    ms
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    match timeout(Duration::from_millis(50), work(20)).await {
        Ok(v) => println!("[{}ms] fast: Ok({})", start.elapsed().as_millis(), v),
        Err(e) => println!("[{}ms] fast: Err({:?})", start.elapsed().as_millis(), e),
    }
    let slow = timeout(Duration::from_millis(50), work(200)).await;
    println!("[{}ms] slow: is_err = {}", start.elapsed().as_millis(), slow.is_err());
    if let Err(e) = slow {
        println!("error text: {}", e);
    }
}
