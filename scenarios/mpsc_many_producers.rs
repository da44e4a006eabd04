//! mpsc with several producers
//! Cloning the Sender gives each task its own handle to one queue. Messages
//! arrive in the order they were sent; the channel closes only when the last
//! Sender clone is dropped, which ends the `while let` loop.
//! part: channels-sync
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{sleep, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<String>(8);
    for id in 1..=3u64 {
        let tx = tx.clone();
        tokio::spawn(async move {
            for n in 0..2 {
                sleep(Duration::from_millis(id * 7)).await;
                tx.send(format!("p{}#{}", id, n)).await.unwrap();
            }
            println!("[{}ms] producer {} done", start.elapsed().as_millis(), id);
        });
    }
    drop(tx);
    let mut got = Vec::new();
    while let Some(m) = rx.recv().await {
        println!("[{}ms] got {}", start.elapsed().as_millis(), m);
        got.push(m);
    }
    println!("[{}ms] closed after {} messages", start.elapsed().as_millis(), got.len());
}
