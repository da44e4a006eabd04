mod a {
    pub use std::time::Instant as Clock;
}
mod b {
    pub use tokio::time::Instant as Clock;
}

fn main() {}
// expect: 5:9: unsupported: `Clock` names different items in different modules (`std::time::Instant` and `tokio::time::Instant`); pollscope keeps one namespace for all modules
