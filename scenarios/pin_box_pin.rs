//! Box::pin: a pinned future may be polled, then moved safely
//! `Box::pin` puts the future on the heap and pins it there. The Box itself
//! is just a pointer, so moving or swapping the Box after polling is fine:
//! the future inside never changes address.
//! part: pin
use std::future::Future;
use std::task::Poll;
use std::time::Duration;
use tokio::time::Instant;

async fn work(name: &'static str, ms: u64, start: Instant) {
    let label = String::from(name);
    let r = &label;
    tokio::time::sleep(Duration::from_millis(ms)).await;
    println!("[{}ms] future {} finished", start.elapsed().as_millis(), r);
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut a = Box::pin(work("a", 10, start));
    let mut b = Box::pin(work("b", 0, start));

    std::future::poll_fn(|cx| {
        let first = a.as_mut().poll(cx);
        println!("polled a once: pending = {}", first.is_pending());
        Poll::Ready(())
    })
    .await;

    println!("swapping the two boxes");
    std::mem::swap(&mut a, &mut b);
    a.await;
    b.await;
}
