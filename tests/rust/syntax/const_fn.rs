// `const fn` is an ordinary function at run time and can initialise a `const`.
const fn square(x: u32) -> u32 {
    x * x
}

const AREA: u32 = square(7);

struct Meters(u32);

impl Meters {
    const fn new(v: u32) -> Self {
        Meters(v)
    }
}

fn main() {
    println!("{}", square(4));
    println!("{}", AREA);
    let m = Meters::new(12);
    println!("{}", m.0);
}
