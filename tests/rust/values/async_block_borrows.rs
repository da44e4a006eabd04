// Async blocks without `move` borrow what they change; `async move` owns its copy.
use std::time::Duration;
use tokio::time::sleep;

#[tokio::main]
async fn main() {
    let mut hits = 0;
    let mut log = Vec::new();
    {
        let a = async {
            sleep(Duration::from_millis(5)).await;
            hits += 1;
            log.push("a");
        };
        a.await;
    }
    println!("hits = {}, log = {:?}", hits, log);
    let mut n = 1;
    let b = async move {
        n += 10;
        n
    };
    println!("b gave {}", b.await);
    println!("n stays {}", n);
    let mut total = 0u64;
    for i in 1..=3u64 {
        let step = async {
            sleep(Duration::from_millis(i)).await;
            total += i;
        };
        step.await;
    }
    println!("total = {}", total);
}
