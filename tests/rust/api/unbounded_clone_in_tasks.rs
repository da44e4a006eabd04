// Each spawned task owns a clone of an unbounded sender; the receiver sees every message, then None.
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::unbounded_channel::<String>();
    for id in 0..3 {
        let tx = tx.clone();
        tokio::spawn(async move {
            tx.send(format!("hello from task {}", id)).unwrap();
        });
    }
    drop(tx);
    let mut count = 0;
    while let Some(msg) = rx.recv().await {
        count += 1;
        println!("{}", msg);
    }
    println!("received {} messages", count);
}
