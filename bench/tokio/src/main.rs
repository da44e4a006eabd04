//! Scheduler throughput of real Tokio 1.24.2, measured on the same runtime that
//! pollscope models: current_thread, time enabled, clock paused.
//!
//! Prints one JSON line per benchmark with the best (fastest) of N runs:
//!   yield_storm  10,000 spawned tasks, each awaiting `yield_now()` 100 times
//!   self_wake    one future that wakes itself and returns Pending 1,000,000
//!                times, run as the `block_on` future and as a spawned task
//!
//! Usage: tokio-bench [--reps N]   (default 5)

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use tokio::runtime::{Builder, Runtime};

const STORM_TASKS: u64 = 10_000;
const STORM_YIELDS: u64 = 100;
const SELF_WAKES: u64 = 1_000_000;

/// Returns `Pending` `remaining` times, waking itself each time, then `Ready`.
struct SelfWake {
    remaining: u64,
}

impl Future for SelfWake {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.remaining == 0 {
            return Poll::Ready(());
        }
        self.remaining -= 1;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

fn runtime() -> Runtime {
    Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .expect("building the current_thread runtime")
}

/// Spawns every task, then joins them all; the clock covers both.
fn yield_storm() -> Duration {
    runtime().block_on(async {
        let start = Instant::now();
        let handles: Vec<_> = (0..STORM_TASKS)
            .map(|_| {
                tokio::spawn(async {
                    for _ in 0..STORM_YIELDS {
                        tokio::task::yield_now().await;
                    }
                })
            })
            .collect();
        for handle in handles {
            handle.await.expect("yield_storm task failed");
        }
        start.elapsed()
    })
}

fn self_wake_block_on() -> Duration {
    let rt = runtime();
    let start = Instant::now();
    rt.block_on(SelfWake { remaining: SELF_WAKES });
    start.elapsed()
}

fn self_wake_spawned() -> Duration {
    runtime().block_on(async {
        let start = Instant::now();
        tokio::spawn(SelfWake { remaining: SELF_WAKES })
            .await
            .expect("self_wake task failed");
        start.elapsed()
    })
}

fn report(name: &str, mode: &str, polls: u64, reps: u32, run: fn() -> Duration) {
    let best = (0..reps).map(|_| run()).min().expect("at least one repetition");
    let seconds = best.as_secs_f64();
    println!(
        "{{\"name\":\"{}\",\"mode\":\"{}\",\"polls\":{},\"seconds\":{:.9},\"polls_per_sec\":{:.0},\"reps\":{}}}",
        name,
        mode,
        polls,
        seconds,
        polls as f64 / seconds,
        reps
    );
}

fn parse_reps() -> u32 {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => 5,
        [flag, n] if flag == "--reps" => match n.parse() {
            Ok(n) if n > 0 => n,
            _ => usage(),
        },
        _ => usage(),
    }
}

fn usage() -> ! {
    eprintln!("usage: tokio-bench [--reps N]");
    std::process::exit(2)
}

fn main() {
    let reps = parse_reps();
    report("yield_storm", "spawned", STORM_TASKS * (STORM_YIELDS + 1), reps, yield_storm);
    report("self_wake", "block_on", SELF_WAKES + 1, reps, self_wake_block_on);
    report("self_wake", "spawned", SELF_WAKES + 1, reps, self_wake_spawned);
}
