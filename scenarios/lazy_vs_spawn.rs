//! Lazy async fn vs eager spawn
//! Calling an async fn only builds a future: its body waits for the first poll.
//! `tokio::spawn` hands the future to the runtime, which starts it as soon as
//! the current task yields, even if nobody ever awaits the JoinHandle.
//! part: laziness
use std::time::Duration;
use tokio::time::sleep;

async fn job(name: &str) -> u32 {
    println!("{}: body started", name);
    sleep(Duration::from_millis(10)).await;
    println!("{}: body finished", name);
    7
}

#[tokio::main]
async fn main() {
    let lazy = job("lazy");
    println!("main: created the lazy future (nothing ran)");

    let handle = tokio::spawn(job("spawned"));
    println!("main: spawned a task (it has not run yet either)");

    sleep(Duration::from_millis(1)).await;
    println!("main: after 1 ms the spawned task has started; lazy has not");

    let a = lazy.await;
    let b = handle.await.unwrap();
    println!("main: lazy returned {}, spawned returned {}", a, b);
}
