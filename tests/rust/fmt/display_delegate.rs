// A Display forwarding to `fmt::Display::fmt(&self.0, f)` is rejected at compile time, not run without the width.
// expect-error: 9:9: unsupported: `std::fmt::Display::fmt`
use std::fmt;

struct Meters(f64);

impl fmt::Display for Meters {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

fn main() {
    let m = Meters(2.5);
    println!("[{}] [{:>8}] [{:<8.2}]", m, m, m);
}
