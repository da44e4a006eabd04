// let-else in async code: the received message must be Some, otherwise the task returns early.
use tokio::sync::mpsc;

async fn handle(rx: &mut mpsc::Receiver<u32>) -> u32 {
    let Some(first) = rx.recv().await else {
        println!("no message");
        return 0;
    };
    first * 2
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(4);
    tx.send(21).await.unwrap();
    println!("{}", handle(&mut rx).await);
    drop(tx);
    println!("{}", handle(&mut rx).await);
}
