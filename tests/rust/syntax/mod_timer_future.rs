// The async book's pattern: a hand-written future kept in a `timer` module, used from main.
mod timer {
    use std::future::Future;
    use std::pin::Pin;
    use std::task::{Context, Poll};

    pub struct Countdown {
        pub remaining: u32,
    }

    impl Countdown {
        pub fn new(n: u32) -> Self {
            Countdown { remaining: n }
        }
    }

    impl Future for Countdown {
        type Output = &'static str;

        fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
            if self.remaining == 0 {
                Poll::Ready("liftoff")
            } else {
                println!("countdown {}", self.remaining);
                self.remaining -= 1;
                cx.waker().wake_by_ref();
                Poll::Pending
            }
        }
    }
}

use timer::Countdown;

#[tokio::main]
async fn main() {
    let out = Countdown::new(3).await;
    println!("{}", out);
    let again = timer::Countdown::new(1).await;
    println!("{}", again);
}
