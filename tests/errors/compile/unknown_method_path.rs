struct Counter {
    n: u32,
}

impl Counter {
    fn new() -> Counter {
        Counter { n: 0 }
    }
}

fn main() {
    let c = Counter::create();
}
// expect: 12:13: no function or associated item named `create` found for `Counter`
