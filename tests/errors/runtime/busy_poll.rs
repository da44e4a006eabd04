// expect-status: limit
// expect-exit: 4
// expect-message: steps without returning: it blocks the executor
// expect-max-steps: 200000
// expect-line: 18:13
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

struct Spin;

impl Future for Spin {
    type Output = ();

    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        let mut n: u64 = 0;
        loop {
            n += 1;
        }
    }
}

#[tokio::main]
async fn main() {
    Spin.await;
}
