//! Spawned tasks run in FIFO order
//! The current_thread scheduler keeps a first-in, first-out run queue.
//! Tasks start in the order they were spawned, and a task woken later goes
//! to the back of the queue, behind every task already waiting.
//! part: executors
use tokio::task::JoinHandle;

#[tokio::main]
async fn main() {
    let mut handles: Vec<JoinHandle<u32>> = Vec::new();
    for i in 1..=4 {
        handles.push(tokio::spawn(async move {
            println!("task {}: first poll", i);
            tokio::task::yield_now().await;
            println!("task {}: second poll", i);
            i * 10
        }));
        println!("main: spawned task {}", i);
    }
    println!("main: all spawned, now awaiting");

    let mut total = 0;
    for h in handles {
        total += h.await.unwrap();
    }
    println!("main: total = {}", total);
}
