// Instants on the paused clock: elapsed time is exactly what was slept, and a cloned Instant is the same time.
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let copy = start.clone();
    sleep(Duration::from_millis(120)).await;
    println!("elapsed {:?}", start.elapsed());
    println!("same start: {}", copy == start);
    let later = Instant::now();
    println!("between {:?}", later.duration_since(start));
    println!("later is after: {}", later > start);
}
