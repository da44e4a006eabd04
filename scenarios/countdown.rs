//! The article's CountdownFuture
//! A state machine written by hand: each poll prints the count, decrements it,
//! wakes its own task with `wake_by_ref()` and returns `Pending`, until the
//! count reaches 0 and it returns `Ready`. The runtime polls it four times.
//! part: article
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

// 1. The State Machine
// This struct holds the state of our operation.
// In a generated async block, this would hold all your local variables.
struct CountdownFuture {
    count: u32,
}

impl CountdownFuture {
    fn new(count: u32) -> Self {
        Self { count }
    }
}

// 2. The Implementation
impl Future for CountdownFuture {
    // This is what the future returns when it finishes.
    type Output = String;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // Access the inner count
        if self.count == 0 {
            // BASE CASE: We are done!
            return Poll::Ready("Blastoff! 🚀".to_string());
        } else {
            // PROGRESS CASE: We are not done yet.
            println!("Counting down: {}", self.count);

            // Decrement our state
            self.count -= 1;

            // ⚠️ CRITICAL STEP: The Waker
            // If we returned Pending without doing this, the runtime would
            // put this task to sleep and NEVER check it again (a deadlock).
            // By calling `wake_by_ref()`, we tell the runtime:
            // "I made progress! Put me back in the queue to be polled again immediately."
            cx.waker().wake_by_ref();

            // Return Pending to yield control back to the executor
            return Poll::Pending;
        }
    }
}

// 3. Using it
#[tokio::main]
async fn main() {
    let countdown = CountdownFuture::new(3);

    // The runtime will poll this ~4 times until it returns Ready
    let result = countdown.await;
    println!("{}", result);
}
