//! Bug: holding a lock across an .await
//! The first task keeps a Mutex guard alive while it sleeps, so the second
//! task cannot even read the value until the first one wakes up and drops it.
//! Keep critical sections short: copy what you need, drop the guard, then await.
//! part: bugs
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;
use tokio::time::{sleep, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let config = Arc::new(Mutex::new(String::from("v1")));

    let c1 = config.clone();
    let slow = tokio::spawn(async move {
        let guard = c1.lock().await;
        println!("[{}ms] slow: locked, sleeping 100 ms WITH the guard", start.elapsed().as_millis());
        sleep(Duration::from_millis(100)).await;
        println!("[{}ms] slow: releasing ({})", start.elapsed().as_millis(), *guard);
    });

    let c2 = config.clone();
    let reader = tokio::spawn(async move {
        sleep(Duration::from_millis(1)).await;
        println!("[{}ms] reader: wants the lock", start.elapsed().as_millis());
        let v = c2.lock().await.clone();
        println!("[{}ms] reader: read {} after waiting", start.elapsed().as_millis(), v);
    });
    slow.await.unwrap();
    reader.await.unwrap();

    let c3 = config.clone();
    let fixed = tokio::spawn(async move {
        let v = { c3.lock().await.clone() };
        println!("[{}ms] fixed: copied {}, guard dropped, now sleeping", start.elapsed().as_millis(), v);
        sleep(Duration::from_millis(100)).await;
    });
    sleep(Duration::from_millis(1)).await;
    println!("[{}ms] main: lock is free: {}", start.elapsed().as_millis(), *config.lock().await);
    fixed.await.unwrap();
}
