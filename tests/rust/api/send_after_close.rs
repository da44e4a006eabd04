// Sending after the receiver is gone gives the value back in the error; try_send on a full channel fails.
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, rx) = mpsc::channel::<i32>(1);
    tx.try_send(10).unwrap();
    match tx.try_send(11) {
        Ok(()) => println!("second try_send fit"),
        Err(_) => println!("second try_send: channel full"),
    }
    drop(rx);
    println!("closed: {}", tx.is_closed());
    match tx.send(12).await {
        Ok(()) => println!("sent"),
        Err(e) => println!("send failed: {}", e),
    }
}
