// The Tokio tutorial's channel chapter: a manager task serves Get/Set commands sent with a oneshot responder.
use tokio::sync::{mpsc, oneshot};

type Responder<T> = oneshot::Sender<T>;

enum Command {
    Get { key: String, resp: Responder<Option<u64>> },
    Set { key: String, val: u64, resp: Responder<()> },
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(32);
    let tx2 = tx.clone();

    let manager = tokio::spawn(async move {
        let mut store: Vec<(String, u64)> = Vec::new();
        while let Some(cmd) = rx.recv().await {
            match cmd {
                Command::Get { key, resp } => {
                    let found = store.iter().find(|(k, _)| *k == key).map(|(_, v)| *v);
                    println!("manager: get {} -> {:?}", key, found);
                    let _ = resp.send(found);
                }
                Command::Set { key, val, resp } => {
                    println!("manager: set {} = {}", key, val);
                    store.push((key, val));
                    let _ = resp.send(());
                }
            }
        }
        println!("manager: channel closed");
    });

    let t1 = tokio::spawn(async move {
        let (resp_tx, resp_rx) = oneshot::channel();
        let cmd = Command::Set { key: "foo".to_string(), val: 42, resp: resp_tx };
        if tx.send(cmd).await.is_err() {
            return;
        }
        let res = resp_rx.await;
        println!("t1 got {:?}", res);
    });

    let t2 = tokio::spawn(async move {
        let (resp_tx, resp_rx) = oneshot::channel();
        let cmd = Command::Get { key: "foo".to_string(), resp: resp_tx };
        if tx2.send(cmd).await.is_err() {
            return;
        }
        let res = resp_rx.await;
        println!("t2 got {:?}", res);
    });

    t1.await.unwrap();
    t2.await.unwrap();
    manager.await.unwrap();
}
