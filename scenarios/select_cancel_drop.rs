//! Cancellation is a drop
//! When select! picks a winner, the other branch's future is simply dropped in
//! the middle of its work. Its remaining code never runs; an `impl Drop`
//! value held inside it prints, which makes the cancellation visible.
//! part: join-select-timeout
use std::time::Duration;
use tokio::time::{sleep, Instant};

struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop: {} guard released", self.0);
    }
}

async fn download(start: Instant) -> &'static str {
    let _g = Guard("download");
    println!("[{}ms] download: started", start.elapsed().as_millis());
    sleep(Duration::from_millis(100)).await;
    println!("[{}ms] download: finished (never printed)", start.elapsed().as_millis());
    "file"
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    tokio::select! {
        biased;
        r = download(start) => println!("got {}", r),
        _ = sleep(Duration::from_millis(40)) => {
            println!("[{}ms] select: gave up after 40 ms", start.elapsed().as_millis());
        }
    }
    println!("[{}ms] main: continuing", start.elapsed().as_millis());
}
