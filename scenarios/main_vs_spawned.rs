//! The main future waits for the run queue to drain
//! `block_on(main)` is not an ordinary task: Tokio polls it only when the run
//! queue is empty (or every 61 task polls). Even after a task wakes main,
//! every other ready task runs first.
//! part: executors
use tokio::sync::oneshot;

#[tokio::main]
async fn main() {
    let (tx, rx) = oneshot::channel::<&str>();

    tokio::spawn(async move {
        println!("sender: sending, which wakes main");
        tx.send("hello").unwrap();
        println!("sender: still running after the send");
    });
    for i in 1..=3 {
        tokio::spawn(async move {
            println!("worker {}: step 1", i);
            tokio::task::yield_now().await;
            println!("worker {}: step 2", i);
        });
    }

    println!("main: waiting on the oneshot");
    let msg = rx.await.unwrap();
    println!("main: got {:?}", msg);
    tokio::task::yield_now().await;
    println!("main: done");
}
