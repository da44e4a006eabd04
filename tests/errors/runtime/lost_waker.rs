// expect-status: deadlock
// expect-exit: 3
// expect-message: no waker for it is alive (lost waker)
// expect-line: 22:14
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

struct Never;

impl Future for Never {
    type Output = ();

    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        Poll::Pending
    }
}

#[tokio::main]
async fn main() {
    let h = tokio::spawn(async {
        Never.await;
    });
    h.await.unwrap();
}
