// Struct update syntax `..base` takes the remaining fields from another value.
#[derive(Debug, Clone)]
struct Config {
    name: String,
    retries: u32,
    verbose: bool,
    ratio: f64,
}

fn main() {
    let base = Config { name: "base".to_string(), retries: 3, verbose: false, ratio: 0.5 };
    let loud = Config { verbose: true, ..base.clone() };
    let named = Config { name: "named".into(), retries: 9, ..base };
    println!("{:?}", loud);
    println!("{:?}", named);
}
