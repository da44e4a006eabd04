//! Bug: blocking the executor with std::thread::sleep
//! `std::thread::sleep` inside async code does not yield: it freezes the one
//! runtime thread. The ticker's 10 ms timer is due during the block, but it
//! can only fire after the blocking task returns, so its ticks come late.
//! part: bugs
// crosscheck: skip (std::thread::sleep takes real time, which Tokio's paused clock does not see)
use std::time::Duration;
use tokio::time::{sleep, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let ticker = tokio::spawn(async move {
        for i in 1..=3 {
            sleep(Duration::from_millis(10)).await;
            println!("[{}ms] ticker: tick {} (wanted {} ms)", start.elapsed().as_millis(), i, i * 10);
        }
    });
    let blocker = tokio::spawn(async move {
        println!("[{}ms] blocker: std::thread::sleep(50 ms) inside async", start.elapsed().as_millis());
        std::thread::sleep(Duration::from_millis(50));
        println!("[{}ms] blocker: done blocking", start.elapsed().as_millis());
    });
    blocker.await.unwrap();
    ticker.await.unwrap();
}
