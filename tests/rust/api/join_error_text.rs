// An aborted task's JoinError says it was cancelled; a finished task's handle gives its value.
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let slow = tokio::spawn(async {
        sleep(Duration::from_secs(10)).await;
        1
    });
    let quick = tokio::spawn(async { 2 });
    sleep(Duration::from_millis(1)).await;
    println!("quick finished: {}", quick.is_finished());
    println!("quick: {}", quick.await.unwrap());
    slow.abort();
    match slow.await {
        Ok(v) => println!("slow gave {}", v),
        Err(e) => println!("slow: cancelled={} panic={}", e.is_cancelled(), e.is_panic()),
    }
}
