// The article's CountdownFuture, used when the scenario files are not part of the build.
export const FALLBACK_SOURCE = `//! CountdownFuture
//! The article's hand-written future: it counts down, waking itself after each Pending.
//! part: article
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

struct CountdownFuture {
    count: u32,
}

impl CountdownFuture {
    fn new(count: u32) -> Self {
        Self { count }
    }
}

impl Future for CountdownFuture {
    type Output = String;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        if self.count == 0 {
            return Poll::Ready("Blastoff! 🚀".to_string());
        } else {
            println!("Counting down: {}", self.count);
            self.count -= 1;
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
    }
}

#[tokio::main]
async fn main() {
    let countdown = CountdownFuture::new(3);
    let result = countdown.await;
    println!("{}", result);
}
`;
