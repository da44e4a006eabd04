//! tokio::sync::Mutex shared through Arc
//! Three tasks increment one counter. `lock().await` queues them fairly: a
//! task holding the guard across a sleep makes the others wait, in FIFO order,
//! and no increment is lost.
//! part: channels-sync
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;
use tokio::time::{sleep, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let counter = Arc::new(Mutex::new(0u32));
    let mut handles = Vec::new();
    for id in 1..=3 {
        let counter = Arc::clone(&counter);
        handles.push(tokio::spawn(async move {
            for _ in 0..2 {
                let mut n = counter.lock().await;
                println!("[{}ms] task {}: locked, counter = {}", start.elapsed().as_millis(), id, *n);
                sleep(Duration::from_millis(10)).await;
                *n += 1;
                println!("[{}ms] task {}: unlocking, counter = {}", start.elapsed().as_millis(), id, *n);
            }
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    println!("[{}ms] main: final counter = {}", start.elapsed().as_millis(), *counter.lock().await);
}
