//! Semaphore: at most 2 of 5 workers at a time
//! Each worker must hold a permit while it works. With 2 permits the five
//! workers run in pairs; a permit goes back when its guard is dropped, and
//! the next waiter in line gets it.
//! part: channels-sync
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;
use tokio::time::{sleep, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let sem = Arc::new(Semaphore::new(2));
    let mut handles = Vec::new();
    for id in 1..=5 {
        let sem = sem.clone();
        handles.push(tokio::spawn(async move {
            let permit = sem.acquire().await.unwrap();
            println!("[{}ms] worker {}: got a permit", start.elapsed().as_millis(), id);
            sleep(Duration::from_millis(20)).await;
            println!("[{}ms] worker {}: done", start.elapsed().as_millis(), id);
            drop(permit);
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    println!("[{}ms] main: permits available = {}", start.elapsed().as_millis(), sem.available_permits());
}
