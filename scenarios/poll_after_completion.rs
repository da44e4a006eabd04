//! Bug: polling a future after it returned Ready
//! `Twice` polls its child again after the child has already completed. The
//! Future contract says the result of that is unspecified: an async block
//! panics with "`async fn` resumed after completion". pollscope stops there.
//! part: bugs
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

struct Twice<F> {
    child: Pin<Box<F>>,
    done_once: bool,
}

impl<F: Future<Output = u32>> Future for Twice<F> {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        let first = self.child.as_mut().poll(cx);
        if let Poll::Ready(v) = first {
            println!("Twice: child returned Ready({})", v);
            self.done_once = true;
            println!("Twice: polling the child again...");
            let again = self.child.as_mut().poll(cx);
            println!("Twice: second poll gave ready = {}", again.is_ready());
            return Poll::Ready(v);
        }
        Poll::Pending
    }
}

#[tokio::main]
async fn main() {
    let t = Twice { child: Box::pin(async { 5 }), done_once: false };
    let v = t.await;
    println!("main: {}", v);
}
