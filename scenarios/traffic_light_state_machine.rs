//! A state machine by hand: a traffic light
//! An enum holds the state; each poll does one step and moves to the next
//! state, waking itself so the runtime polls again. This is what the
//! compiler generates for an async fn with several `.await` points.
//! part: state-machines
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

enum Light {
    Red,
    Green,
    Yellow,
    Done,
}

struct TrafficLight {
    state: Light,
    cycles: u32,
}

impl Future for TrafficLight {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        match self.state {
            Light::Red => {
                println!("RED: stop");
                self.state = Light::Green;
            }
            Light::Green => {
                println!("GREEN: go");
                self.state = Light::Yellow;
            }
            Light::Yellow => {
                println!("YELLOW: slow down");
                self.cycles += 1;
                if self.cycles == 2 {
                    self.state = Light::Done;
                } else {
                    self.state = Light::Red;
                }
            }
            Light::Done => {
                println!("light switched off");
                return Poll::Ready(self.cycles);
            }
        }
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

#[tokio::main]
async fn main() {
    let light = TrafficLight { state: Light::Red, cycles: 0 };
    let cycles = light.await;
    println!("main: {} full cycles", cycles);
}
