//! yield_now vs wake_by_ref
//! A future that calls `cx.waker().wake_by_ref()` goes straight back to the
//! run queue. `tokio::task::yield_now()` is deferred: its task waits until the
//! queue is empty, so it stays behind a task that keeps waking itself.
//! part: executors
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

struct SelfWaker {
    left: u32,
}

impl Future for SelfWaker {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.left == 0 {
            println!("self-waker: done");
            return Poll::Ready(());
        }
        println!("self-waker: {} left", self.left);
        self.left -= 1;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

#[tokio::main]
async fn main() {
    let a = tokio::spawn(SelfWaker { left: 4 });
    let b = tokio::spawn(async {
        for i in 0..3 {
            println!("yielder: step {}", i);
            tokio::task::yield_now().await;
        }
        println!("yielder: done");
    });
    a.await.unwrap();
    b.await.unwrap();
    println!("main: both finished");
}
