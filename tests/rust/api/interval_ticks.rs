// An interval ticks at once, then once per period on the virtual clock.
use tokio::time::{interval, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut ticker = interval(Duration::from_millis(30));
    for i in 0..4 {
        let at = ticker.tick().await;
        println!("tick {} at {:?}", i, at.duration_since(start));
    }
}
