//! select! with biased: first ready branch in source order wins
//! With `biased;` the branches are polled top to bottom on every wake, so when
//! two are ready at the same time the earlier one wins. The losers are dropped
//! before the winning branch's body runs.
//! part: join-select-timeout
use std::time::Duration;
use tokio::time::{sleep, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    for round in 0..2 {
        let slow_ms = if round == 0 { 30 } else { 10 };
        tokio::select! {
            biased;
            _ = sleep(Duration::from_millis(slow_ms)) => {
                println!("[{}ms] round {}: first branch ({} ms) won", start.elapsed().as_millis(), round, slow_ms);
            }
            _ = sleep(Duration::from_millis(10)) => {
                println!("[{}ms] round {}: second branch (10 ms) won", start.elapsed().as_millis(), round);
            }
        }
    }
    let v = tokio::select! {
        biased;
        v = async { 1 } => v,
        v = async { 2 } => v,
    };
    println!("both ready at once: biased picks {}", v);
}
