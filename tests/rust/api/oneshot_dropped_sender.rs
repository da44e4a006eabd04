// A oneshot whose sender is dropped gives the receiver an error; a sent value arrives once.
use tokio::sync::oneshot;

#[tokio::main]
async fn main() {
    let (tx, rx) = oneshot::channel::<u32>();
    tokio::spawn(async move {
        tx.send(7).unwrap();
    });
    println!("first: {:?}", rx.await);

    let (tx, rx) = oneshot::channel::<u32>();
    drop(tx);
    match rx.await {
        Ok(v) => println!("second: {}", v),
        Err(e) => println!("second: error: {}", e),
    }

    let (tx, rx) = oneshot::channel::<u32>();
    drop(rx);
    println!("closed: {}", tx.is_closed());
    println!("send to a dropped receiver: {:?}", tx.send(9));
}
