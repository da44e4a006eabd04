//! futures::future::join_all polls in list order
//! `join_all` takes a Vec of futures and resolves to a Vec of their outputs,
//! in the same order. Unlike `tokio::join!` it does not rotate: every poll
//! visits the unfinished futures from first to last.
//! part: join-select-timeout
use futures::future::join_all;
use std::time::Duration;
use tokio::time::{sleep, Instant};

async fn fetch(id: u64, ms: u64, start: Instant) -> String {
    println!("[{}ms] fetch {}: start", start.elapsed().as_millis(), id);
    tokio::task::yield_now().await;
    println!("[{}ms] fetch {}: request sent", start.elapsed().as_millis(), id);
    sleep(Duration::from_millis(ms)).await;
    println!("[{}ms] fetch {}: response", start.elapsed().as_millis(), id);
    format!("page{}", id)
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let futures = vec![fetch(1, 30, start), fetch(2, 10, start), fetch(3, 20, start)];
    let pages = join_all(futures).await;
    println!("[{}ms] main: {:?}", start.elapsed().as_millis(), pages);
}
