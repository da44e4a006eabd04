//! Notify: wake a waiting task without sending data
//! `notified().await` parks a task until someone calls `notify_one`. If the
//! notification comes first, a permit is stored and the next `notified()`
//! completes at once.
//! part: channels-sync
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;
use tokio::time::{sleep, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let notify = Arc::new(Notify::new());

    let waiter = {
        let notify = notify.clone();
        tokio::spawn(async move {
            println!("[{}ms] waiter: waiting", start.elapsed().as_millis());
            notify.notified().await;
            println!("[{}ms] waiter: notified", start.elapsed().as_millis());
        })
    };

    sleep(Duration::from_millis(15)).await;
    println!("[{}ms] main: notify_one", start.elapsed().as_millis());
    notify.notify_one();
    waiter.await.unwrap();

    println!("[{}ms] main: notify_one with nobody waiting", start.elapsed().as_millis());
    notify.notify_one();
    notify.notified().await;
    println!("[{}ms] main: the stored permit let notified() finish at once", start.elapsed().as_millis());
}
