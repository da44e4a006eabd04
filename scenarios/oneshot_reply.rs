//! oneshot: one value, one reply
//! A request carries a `oneshot::Sender` so the worker can answer exactly
//! once. The receiver is itself a future; awaiting it parks the caller until
//! `send` wakes it. A dropped sender shows up as `Err(RecvError)`.
//! part: channels-sync
use std::time::Duration;
use tokio::sync::oneshot;
use tokio::time::{sleep, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, rx) = oneshot::channel::<u64>();
    tokio::spawn(async move {
        println!("[{}ms] worker: computing", start.elapsed().as_millis());
        sleep(Duration::from_millis(25)).await;
        println!("[{}ms] worker: sending 6 * 7", start.elapsed().as_millis());
        let _ = tx.send(6 * 7);
        println!("[{}ms] worker: send returned", start.elapsed().as_millis());
    });
    println!("[{}ms] main: waiting for the reply", start.elapsed().as_millis());
    let answer = rx.await.unwrap();
    println!("[{}ms] main: answer = {}", start.elapsed().as_millis(), answer);

    let (tx2, rx2) = oneshot::channel::<u64>();
    tokio::spawn(async move {
        sleep(Duration::from_millis(5)).await;
        println!("[{}ms] quitter: dropping the sender", start.elapsed().as_millis());
        drop(tx2);
    });
    match rx2.await {
        Ok(v) => println!("unexpected {}", v),
        Err(e) => println!("[{}ms] main: Err({:?})", start.elapsed().as_millis(), e),
    }
}
