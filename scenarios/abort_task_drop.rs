//! Aborting a spawned task drops its future
//! `JoinHandle::abort()` cancels a task at its current `.await`. The task's
//! locals are dropped (see the Drop print), its remaining code never runs, and
//! awaiting the handle gives a JoinError that `is_cancelled()`.
//! part: executors
use std::time::Duration;
use tokio::time::{sleep, Instant};

struct Connection(u32);

impl Drop for Connection {
    fn drop(&mut self) {
        println!("connection {} closed", self.0);
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let handle = tokio::spawn(async move {
        let _conn = Connection(1);
        for i in 1..=10 {
            sleep(Duration::from_millis(10)).await;
            println!("[{}ms] worker: heartbeat {}", start.elapsed().as_millis(), i);
        }
        "finished"
    });
    sleep(Duration::from_millis(35)).await;
    println!("[{}ms] main: finished? {}", start.elapsed().as_millis(), handle.is_finished());
    handle.abort();
    println!("[{}ms] main: abort requested", start.elapsed().as_millis());
    match handle.await {
        Ok(v) => println!("task returned {}", v),
        Err(e) => println!("[{}ms] main: join error, cancelled = {}", start.elapsed().as_millis(), e.is_cancelled()),
    }
}
