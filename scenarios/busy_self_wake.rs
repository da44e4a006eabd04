//! Bug: busy self-waking instead of waiting
//! `Spinner` checks a condition and, when it is false, wakes itself with
//! `wake_by_ref()` at once. It works, but burns 1000 polls doing nothing;
//! a real future would store the waker and let the event source wake it.
//! part: bugs
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

struct Spinner {
    polls: u32,
}

impl Future for Spinner {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        self.polls += 1;
        if self.polls == 1000 {
            return Poll::Ready(self.polls);
        }
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

#[tokio::main]
async fn main() {
    let other = tokio::spawn(async {
        println!("other task: ran while Spinner was spinning");
    });
    let polls = Spinner { polls: 0 }.await;
    println!("Spinner: ready after {} polls", polls);
    other.await.unwrap();
}
