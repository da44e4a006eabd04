// Labeled loops around `.await`: the outer loop stops once a deadline has passed.
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut ticks = 0;
    'outer: for round in 0..5 {
        for step in 0..3 {
            sleep(Duration::from_millis(10)).await;
            ticks += 1;
            if start.elapsed() >= Duration::from_millis(70) {
                println!("deadline in round {} step {}", round, step);
                break 'outer;
            }
            if step == 1 {
                continue 'outer;
            }
        }
    }
    println!("ticks {} elapsed {}ms", ticks, start.elapsed().as_millis());
}
