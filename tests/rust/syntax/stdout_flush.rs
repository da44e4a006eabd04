// `std::io::stdout().flush()` is a located error for now (the runtime library has no `std::io`), never a wrong run.
// expect-error: unsupported: `std::io::stdout` is not in pollscope's runtime library
use std::io::{self, Write};

fn main() {
    print!("step 1... ");
    io::stdout().flush().unwrap();
    println!("ok");
}
