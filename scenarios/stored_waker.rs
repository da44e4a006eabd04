//! A stored waker, woken later by another task
//! `Flag` returns Pending and stores `cx.waker().clone()` in shared state.
//! A second task sets the flag 30 ms later and calls `wake()` on the stored
//! waker: only then does the runtime poll the waiting future again.
//! part: wakers
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::time::Duration;
use tokio::time::Instant;

struct Shared {
    done: bool,
    waker: Option<Waker>,
}

struct Flag {
    shared: Arc<Mutex<Shared>>,
    start: Instant,
}

impl Future for Flag {
    type Output = ();
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let mut s = self.shared.lock().unwrap();
        println!("[{}ms] Flag polled, done = {}", self.start.elapsed().as_millis(), s.done);
        if s.done {
            return Poll::Ready(());
        }
        s.waker = Some(cx.waker().clone());
        Poll::Pending
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let shared = Arc::new(Mutex::new(Shared { done: false, waker: None }));

    let setter = shared.clone();
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(30)).await;
        println!("[{}ms] setter: raising the flag", start.elapsed().as_millis());
        let waker = {
            let mut s = setter.lock().unwrap();
            s.done = true;
            s.waker.take()
        };
        if let Some(w) = waker {
            println!("[{}ms] setter: waking the stored waker", start.elapsed().as_millis());
            w.wake();
        }
    });

    Flag { shared, start }.await;
    println!("[{}ms] main: flag seen", start.elapsed().as_millis());
}
