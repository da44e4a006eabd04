//! select! in a loop: messages, a deadline and a closed channel
//! A loop around `select!` is the usual event loop: each turn waits for
//! whichever comes first. The `else` branch runs when every pattern fails to
//! match, here when the channel is closed and the timer branch is disabled.
//! part: join-select-timeout
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{sleep, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::unbounded_channel::<&str>();
    tokio::spawn(async move {
        for msg in ["ping", "pong", "bye"] {
            sleep(Duration::from_millis(20)).await;
            tx.send(msg).unwrap();
        }
    });

    let mut ticks = 0;
    loop {
        tokio::select! {
            biased;
            Some(msg) = rx.recv() => {
                println!("[{}ms] message: {}", start.elapsed().as_millis(), msg);
            }
            _ = sleep(Duration::from_millis(15)), if ticks < 3 => {
                ticks += 1;
                println!("[{}ms] idle tick {}", start.elapsed().as_millis(), ticks);
            }
            else => {
                println!("[{}ms] channel closed, leaving the loop", start.elapsed().as_millis());
                break;
            }
        }
    }
}
