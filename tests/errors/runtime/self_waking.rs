// expect-status: limit
// expect-exit: 4
// expect-message: event limit reached
// expect-max-events: 2000
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

struct Forever;

impl Future for Forever {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

#[tokio::main]
async fn main() {
    Forever.await;
}
