// A hand-written join: each side's state is replaced through `&mut`, so a finished future is never polled again.
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

enum MaybeDone<F: Future> {
    Pending(F),
    Done(F::Output),
    Taken,
}

fn poll_side<F: Future + Unpin>(side: &mut MaybeDone<F>, cx: &mut Context<'_>) -> bool {
    match side {
        MaybeDone::Pending(f) => match Pin::new(f).poll(cx) {
            Poll::Ready(v) => {
                *side = MaybeDone::Done(v);
                true
            }
            Poll::Pending => false,
        },
        MaybeDone::Done(_) => true,
        MaybeDone::Taken => true,
    }
}

struct Join2<A: Future, B: Future> {
    a: MaybeDone<A>,
    b: MaybeDone<B>,
    polls: u32,
}

impl<A: Future + Unpin, B: Future + Unpin> Future for Join2<A, B>
where
    A::Output: Unpin,
    B::Output: Unpin,
{
    type Output = (A::Output, B::Output, u32);
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = &mut *self;
        this.polls += 1;
        let a_done = poll_side(&mut this.a, cx);
        let b_done = poll_side(&mut this.b, cx);
        if a_done && b_done {
            let a = std::mem::replace(&mut this.a, MaybeDone::Taken);
            let b = std::mem::replace(&mut this.b, MaybeDone::Taken);
            match (a, b) {
                (MaybeDone::Done(x), MaybeDone::Done(y)) => Poll::Ready((x, y, this.polls)),
                _ => unreachable!(),
            }
        } else {
            Poll::Pending
        }
    }
}

#[tokio::main]
async fn main() {
    let a = Box::pin(async {
        tokio::time::sleep(Duration::from_millis(10)).await;
        println!("a finished");
        1
    });
    let b = Box::pin(async {
        tokio::time::sleep(Duration::from_millis(30)).await;
        println!("b finished");
        2
    });
    let (x, y, polls) = Join2 { a: MaybeDone::Pending(a), b: MaybeDone::Pending(b), polls: 0 }.await;
    println!("x = {}, y = {}, polls = {}", x, y, polls);
}
