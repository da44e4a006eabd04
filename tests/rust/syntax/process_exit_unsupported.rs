// `std::process::exit` is a located error for now, never a run that ends with the wrong status.
// expect-error: unsupported: `std::process::exit` is not in pollscope's runtime library
fn main() {
    println!("before");
    std::process::exit(3);
}
