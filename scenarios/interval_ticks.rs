//! interval: ticks on a fixed schedule
//! `tokio::time::interval` completes its first tick at once, then every period.
//! Work that takes less than the period does not shift the schedule; the
//! timestamps stay on multiples of 25 ms.
//! part: join-select-timeout
use std::time::Duration;
use tokio::time::{interval, sleep, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut ticker = interval(Duration::from_millis(25));
    for i in 0..4 {
        ticker.tick().await;
        println!("[{}ms] tick {}", start.elapsed().as_millis(), i);
        sleep(Duration::from_millis(10)).await;
        println!("[{}ms] work {} done", start.elapsed().as_millis(), i);
    }
    let last = start.elapsed().as_millis();
    println!("[{}ms] main: 4 ticks, the last one at 75 ms", last);
}
