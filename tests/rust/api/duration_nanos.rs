// A Duration that needs nanoseconds is refused with a located error rather than rounded.
// expect-error: unsupported: a Duration finer than a microsecond
use std::time::Duration;

fn main() {
    let third = Duration::from_millis(10) / 3;
    println!("{:?}", third);
}
