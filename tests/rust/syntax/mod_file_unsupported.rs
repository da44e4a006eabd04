// `mod name;` (a module in another file) is a located error: a playground program is one file.
// expect-error: unsupported: modules in other files
#[cfg(any())]
mod missing;

fn main() {
    println!("one file");
}
