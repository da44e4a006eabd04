//! try_join!: stop at the first error
//! `tokio::try_join!` runs its branches together like `join!`, but as soon as
//! one returns `Err`, the whole join returns that error and the other branches
//! are dropped unfinished.
//! part: join-select-timeout
use std::time::Duration;
use tokio::time::{sleep, Instant};

async fn step(name: &str, ms: u64, fail: bool, start: Instant) -> Result<u64, String> {
    sleep(Duration::from_millis(ms)).await;
    if fail {
        println!("[{}ms] {}: failing", start.elapsed().as_millis(), name);
        return Err(format!("{} failed", name));
    }
    println!("[{}ms] {}: ok", start.elapsed().as_millis(), name);
    Ok(ms)
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let good = tokio::try_join!(step("a", 10, false, start), step("b", 20, false, start));
    println!("[{}ms] all good: {:?}", start.elapsed().as_millis(), good);

    let bad = tokio::try_join!(
        step("c", 10, false, start),
        step("d", 15, true, start),
        step("e", 50, false, start)
    );
    println!("[{}ms] with a failure: {:?}", start.elapsed().as_millis(), bad);
}
