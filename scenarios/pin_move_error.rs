//! Moving a future after it was polled (rejected)
//! A polled async fn may hold references into itself, so it must stay put.
//! Here a future is polled once through `Pin::new(&mut fut)`, then swapped with
//! another one by `std::mem::swap`: rustc refuses (the future is `!Unpin`)
//! and pollscope stops at the swap and explains why Pin forbids the move.
//! part: pin
// crosscheck: skip (rustc rejects the program: the async fn's future is !Unpin)
use std::future::Future;
use std::pin::Pin;
use std::task::Poll;
use std::time::Duration;

async fn work(name: &'static str, ms: u64) {
    let label = String::from(name);
    let r = &label;
    tokio::time::sleep(Duration::from_millis(ms)).await;
    println!("future {} finished", r);
}

#[tokio::main]
async fn main() {
    let mut a = work("a", 10);
    let mut b = work("b", 0);

    std::future::poll_fn(|cx| {
        let first = Pin::new(&mut a).poll(cx);
        println!("polled a once: pending = {}", first.is_pending());
        Poll::Ready(())
    })
    .await;

    println!("about to swap a and b");
    std::mem::swap(&mut a, &mut b);
    a.await;
    b.await;
}
