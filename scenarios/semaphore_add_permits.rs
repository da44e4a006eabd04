//! Semaphore as a gate: add_permits releases a batch of waiters
//! Workers queue on a semaphore that starts with 0 permits. `add_permits(3)`
//! hands permits to the three oldest waiters at once; Tokio wakes such a batch
//! newest first, so they start in reverse order. The fourth waits its turn.
//! part: channels-sync
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;
use tokio::time::{sleep, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let gate = Arc::new(Semaphore::new(0));
    let mut handles = Vec::new();
    for id in 1..=4 {
        let gate = gate.clone();
        handles.push(tokio::spawn(async move {
            println!("[{}ms] worker {}: waiting at the gate", start.elapsed().as_millis(), id);
            let _permit = gate.acquire().await.unwrap();
            println!("[{}ms] worker {}: through", start.elapsed().as_millis(), id);
            sleep(Duration::from_millis(10)).await;
        }));
    }
    sleep(Duration::from_millis(5)).await;
    println!("[{}ms] main: add_permits(3)", start.elapsed().as_millis());
    gate.add_permits(3);
    for h in handles {
        h.await.unwrap();
    }
    println!("[{}ms] main: all through, {} permits left", start.elapsed().as_millis(), gate.available_permits());
}
