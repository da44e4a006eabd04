// notify_waiters wakes every task waiting now; notify_one stores a permit for a later waiter.
use std::sync::Arc;
use tokio::sync::Notify;
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let notify = Arc::new(Notify::new());
    let mut handles = Vec::new();
    for id in 0..3 {
        let n = notify.clone();
        handles.push(tokio::spawn(async move {
            n.notified().await;
            println!("task {} woke", id);
        }));
    }
    sleep(Duration::from_millis(1)).await;
    notify.notify_waiters();
    for h in handles {
        h.await.unwrap();
    }
    notify.notify_one();
    notify.notified().await;
    println!("the stored permit let main through");
}
