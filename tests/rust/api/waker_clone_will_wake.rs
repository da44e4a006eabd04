// A future keeps a clone of its waker; the clone wakes the same task and will_wake says so.
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

struct Twice {
    polls: u32,
    saved: Option<Waker>,
}

impl Future for Twice {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        self.polls += 1;
        println!("poll {}", self.polls);
        if let Some(w) = &self.saved {
            println!("same task: {}", w.will_wake(cx.waker()));
        }
        if self.polls == 3 {
            return Poll::Ready(self.polls * 10);
        }
        let w = cx.waker().clone();
        self.saved = Some(w.clone());
        w.wake();
        Poll::Pending
    }
}

#[tokio::main]
async fn main() {
    let v = Twice { polls: 0, saved: None }.await;
    println!("ready with {}", v);
}
