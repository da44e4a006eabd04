// An Arc<tokio::sync::Mutex> cloned into tasks: every clone locks the same value.
use std::sync::Arc;
use tokio::sync::Mutex;

#[tokio::main]
async fn main() {
    let total = Arc::new(Mutex::new(0u32));
    let mut handles = Vec::new();
    for i in 1..=4 {
        let total = Arc::clone(&total);
        handles.push(tokio::spawn(async move {
            let mut guard = total.lock().await;
            *guard += i;
            println!("task {} sees {}", i, *guard);
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    println!("total {}", *total.lock().await);
}
