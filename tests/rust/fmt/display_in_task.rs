// A user Display run inside a spawned task and after an .await, with format! of the result.
use std::fmt;
use tokio::time::{sleep, Duration};

#[derive(Debug)]
enum Status {
    Ok(u32),
    Failed(i32),
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Status::Ok(n) => write!(f, "ok after {} tries", n),
            Status::Failed(code) => write!(f, "failed with code {}", code),
        }
    }
}

async fn check(n: u32) -> Status {
    sleep(Duration::from_millis(10 * n as u64)).await;
    if n % 2 == 0 { Status::Ok(n) } else { Status::Failed(-(n as i32)) }
}

#[tokio::main]
async fn main() {
    let handle = tokio::spawn(async {
        let s = check(2).await;
        println!("task: {}", s);
        format!("<{}>", s)
    });
    let s = check(1).await;
    println!("main: {} / {:?}", s, s);
    let text = handle.await.unwrap();
    println!("joined: {}", text);
}
