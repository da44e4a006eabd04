// A cloned mpsc Sender is one more sender: recv() gives None only after every clone is dropped.
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    let tx2 = tx.clone();
    tx.send(1).await.unwrap();
    tx2.send(2).await.unwrap();
    drop(tx);
    println!("closed after first drop: {}", tx2.is_closed());
    tx2.send(3).await.unwrap();
    drop(tx2);
    while let Some(v) = rx.recv().await {
        println!("got {}", v);
    }
    println!("all senders gone");
}
