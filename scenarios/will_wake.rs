//! Waker::will_wake avoids re-cloning the waker
//! A future polled many times should not clone `cx.waker()` on every poll.
//! `will_wake` tells whether the stored waker would wake the same task, so the
//! clone is made only when the task's waker actually changed.
//! part: wakers
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

struct Ticker {
    ticks: u32,
    waker: Option<Waker>,
    clones: u32,
}

impl Future for Ticker {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        let same = match &self.waker {
            Some(w) => w.will_wake(cx.waker()),
            None => false,
        };
        if same {
            println!("tick {}: stored waker still good", self.ticks);
        } else {
            println!("tick {}: cloning the waker", self.ticks);
            self.waker = Some(cx.waker().clone());
            self.clones += 1;
        }
        self.ticks += 1;
        if self.ticks == 4 {
            return Poll::Ready(self.clones);
        }
        if let Some(w) = &self.waker {
            w.wake_by_ref();
        }
        Poll::Pending
    }
}

#[tokio::main]
async fn main() {
    let clones = Ticker { ticks: 0, waker: None, clones: 0 }.await;
    println!("main: 4 polls, {} clone(s)", clones);

    let handle = tokio::spawn(Ticker { ticks: 0, waker: None, clones: 0 });
    println!("spawned: 4 polls, {} clone(s)", handle.await.unwrap());
}
