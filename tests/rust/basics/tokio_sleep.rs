// Two tasks on the paused clock.
use std::time::Duration;

#[tokio::main]
async fn main() {
    let a = tokio::spawn(async {
        tokio::time::sleep(Duration::from_millis(20)).await;
        println!("a done");
        1
    });
    tokio::time::sleep(Duration::from_millis(10)).await;
    println!("main woke");
    println!("a gave {}", a.await.unwrap());
}
