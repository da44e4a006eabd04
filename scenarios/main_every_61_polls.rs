//! Main gets a turn every 61 task polls
//! Two tasks keep waking themselves, so the run queue never drains. Tokio
//! still polls the `block_on` future after every 61 task polls (its event
//! interval), which is why main sees the shared counter mid-run.
//! part: executors
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

struct Busy {
    left: u32,
    polls: Arc<Mutex<u32>>,
}

impl Future for Busy {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        *self.polls.lock().unwrap() += 1;
        if self.left == 0 {
            return Poll::Ready(());
        }
        self.left -= 1;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

#[tokio::main]
async fn main() {
    let polls = Arc::new(Mutex::new(0u32));
    let a = tokio::spawn(Busy { left: 100, polls: polls.clone() });
    let b = tokio::spawn(Busy { left: 100, polls: polls.clone() });
    for i in 0..3 {
        tokio::task::yield_now().await;
        println!("main: turn {} after {} task polls", i, *polls.lock().unwrap());
    }
    a.await.unwrap();
    b.await.unwrap();
    println!("main: total {} task polls", *polls.lock().unwrap());
}
