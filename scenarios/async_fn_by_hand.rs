//! An async fn rewritten as a hand-made future
//! `greet_async` and `GreetFuture` do the same thing: print, wait 20 ms on a
//! timer, print again. The struct keeps the timer future in its state enum
//! and forwards each poll to it, just like compiler-generated code.
//! part: state-machines
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::time::{sleep, Instant, Sleep};

async fn greet_async(start: Instant) -> &'static str {
    println!("[{}ms] async fn: hello", start.elapsed().as_millis());
    sleep(Duration::from_millis(20)).await;
    println!("[{}ms] async fn: goodbye", start.elapsed().as_millis());
    "async fn done"
}

enum State {
    Start,
    Waiting(Pin<Box<Sleep>>),
    Finished,
}

struct GreetFuture {
    state: State,
    start: Instant,
}

impl Future for GreetFuture {
    type Output = &'static str;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<&'static str> {
        loop {
            match &mut self.state {
                State::Start => {
                    println!("[{}ms] by hand: hello", self.start.elapsed().as_millis());
                    self.state = State::Waiting(Box::pin(sleep(Duration::from_millis(20))));
                }
                State::Waiting(timer) => {
                    if timer.as_mut().poll(cx).is_pending() {
                        println!("[{}ms] by hand: timer pending", self.start.elapsed().as_millis());
                        return Poll::Pending;
                    }
                    println!("[{}ms] by hand: goodbye", self.start.elapsed().as_millis());
                    self.state = State::Finished;
                    return Poll::Ready("hand-made done");
                }
                State::Finished => panic!("polled after completion"),
            }
        }
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    println!("{}", greet_async(start).await);
    println!("{}", GreetFuture { state: State::Start, start }.await);
}
