//! A future dropped before its first poll never runs
//! Futures do nothing until polled, so a future that is created and then
//! dropped leaves no trace at all: none of its prints, none of its side
//! effects. An async block is just as lazy as an async fn.
//! part: laziness
use std::time::Duration;

async fn send_email(to: &str) {
    println!("sending email to {}", to);
    tokio::time::sleep(Duration::from_millis(5)).await;
    println!("email to {} sent", to);
}

#[tokio::main]
async fn main() {
    let first = send_email("alice");
    let second = send_email("bob");
    let block = async {
        println!("async block: running");
        42
    };

    println!("main: three futures created");
    drop(first);
    println!("main: dropped alice's future without polling it");

    second.await;
    let v = block.await;
    println!("main: async block gave {}", v);
}
