//! Bug: the lost waker
//! `NeverWoken` returns Pending without storing or waking the waker, so
//! nothing will ever ask the runtime to poll it again. Real Tokio just hangs
//! forever; pollscope sees that no task, timer or thread can make progress
//! and reports a deadlock at the `.await`, noting that no waker is alive.
//! part: bugs
// crosscheck: skip (real Tokio hangs forever)
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

struct NeverWoken {
    ready: bool,
}

impl Future for NeverWoken {
    type Output = ();
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        if self.ready {
            Poll::Ready(())
        } else {
            println!("NeverWoken: not ready, returning Pending (and forgetting the waker)");
            Poll::Pending
        }
    }
}

#[tokio::main]
async fn main() {
    println!("main: awaiting a future that never wakes us");
    NeverWoken { ready: false }.await;
    println!("main: unreachable");
}
