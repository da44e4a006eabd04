//! notify_waiters wakes everyone, notify_one wakes one
//! `notify_waiters` releases every task currently waiting in `notified()`,
//! but stores no permit. `notify_one` wakes a single waiter (the first in
//! line) or, with none waiting, leaves a permit for the next one.
//! part: channels-sync
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;
use tokio::time::sleep;

#[tokio::main]
async fn main() {
    let notify = Arc::new(Notify::new());
    let mut handles = Vec::new();
    for id in 1..=3 {
        let n = notify.clone();
        handles.push(tokio::spawn(async move {
            n.notified().await;
            println!("waiter {}: released by the broadcast", id);
            n.notified().await;
            println!("waiter {}: released by notify_one", id);
        }));
    }
    sleep(Duration::from_millis(5)).await;
    println!("main: notify_waiters");
    notify.notify_waiters();
    sleep(Duration::from_millis(5)).await;
    for round in 1..=3 {
        println!("main: notify_one #{}", round);
        notify.notify_one();
        sleep(Duration::from_millis(5)).await;
    }
    for h in handles {
        h.await.unwrap();
    }
}
