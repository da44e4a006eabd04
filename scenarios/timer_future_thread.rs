//! The async book's TimerFuture
//! A real OS thread sleeps, sets `completed`, and calls `waker.wake()`.
//! The future itself never sleeps: it just checks the shared flag and stores
//! the latest waker. The wake comes from outside the runtime.
//! part: wakers
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::thread;
use std::time::Duration;

struct SharedState {
    completed: bool,
    waker: Option<Waker>,
}

pub struct TimerFuture {
    shared_state: Arc<Mutex<SharedState>>,
}

impl Future for TimerFuture {
    type Output = ();
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut shared_state = self.shared_state.lock().unwrap();
        if shared_state.completed {
            println!("TimerFuture: completed");
            Poll::Ready(())
        } else {
            println!("TimerFuture: not yet, storing the waker");
            shared_state.waker = Some(cx.waker().clone());
            Poll::Pending
        }
    }
}

impl TimerFuture {
    pub fn new(duration: Duration) -> Self {
        let shared_state = Arc::new(Mutex::new(SharedState { completed: false, waker: None }));
        let thread_shared_state = shared_state.clone();
        thread::spawn(move || {
            thread::sleep(duration);
            let mut shared_state = thread_shared_state.lock().unwrap();
            shared_state.completed = true;
            println!("thread: done sleeping, waking the task");
            if let Some(waker) = shared_state.waker.take() {
                waker.wake()
            }
        });
        TimerFuture { shared_state }
    }
}

#[tokio::main]
async fn main() {
    println!("main: starting a 100 ms TimerFuture");
    TimerFuture::new(Duration::from_millis(100)).await;
    println!("main: timer finished");
}
