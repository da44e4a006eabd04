//! Bounded mpsc: backpressure with capacity 2
//! `mpsc::channel(2)` holds at most two messages. A fast producer fills it and
//! then waits inside `send().await` until the slow consumer makes room; each
//! `recv` frees a slot and wakes the producer.
//! part: channels-sync
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{sleep, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<u32>(2);

    let producer = tokio::spawn(async move {
        for i in 1..=5 {
            tx.send(i).await.unwrap();
            println!("[{}ms] producer: sent {}", start.elapsed().as_millis(), i);
        }
        println!("[{}ms] producer: done, dropping tx", start.elapsed().as_millis());
    });

    while let Some(v) = rx.recv().await {
        println!("[{}ms] consumer: got {}", start.elapsed().as_millis(), v);
        sleep(Duration::from_millis(10)).await;
    }
    println!("[{}ms] consumer: channel closed", start.elapsed().as_millis());
    producer.await.unwrap();
}
