// Two modules with a function of the same name are refused with a located error, never the wrong function.
// expect-error: unsupported: a second item named `name` in another module
mod english {
    pub fn name() -> &'static str {
        "hello"
    }
}

mod french {
    pub fn name() -> &'static str {
        "bonjour"
    }
}

fn main() {
    println!("{} {}", english::name(), french::name());
}
