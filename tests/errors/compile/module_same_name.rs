mod a {
    pub fn name() -> &'static str {
        "a"
    }
}
mod b {
    pub fn name() -> &'static str {
        "b"
    }
}

fn main() {
    println!("{} {}", a::name(), b::name());
}
// expect: 7:12: unsupported: a second item named `name` in another module (pollscope keeps one namespace for all modules: rename one of them)
