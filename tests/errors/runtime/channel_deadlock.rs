// expect-status: deadlock
// expect-exit: 3
// expect-message: main is pending at the .await on 9:22; 1 waker(s) for it still alive
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(1);
    let v = rx.recv().await;
    println!("{:?}", v);
    drop(tx);
}
