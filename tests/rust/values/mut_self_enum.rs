// `*self = ..` and matching on `self` in a `&mut self` method change the caller's value.
#[derive(Debug)]
enum State {
    Idle,
    Running(u32),
    Done,
}

impl State {
    fn step(&mut self) {
        match self {
            State::Idle => *self = State::Running(1),
            State::Running(n) if *n >= 3 => *self = State::Done,
            State::Running(n) => *n += 1,
            State::Done => {}
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Meter {
    v: i32,
}

impl Meter {
    fn add(&mut self, k: i32) {
        self.v += k;
    }
    fn doubled(mut self) -> Meter {
        self.v *= 2;
        self
    }
}

fn main() {
    let mut s = State::Idle;
    for _ in 0..6 {
        s.step();
        println!("{:?}", s);
    }
    let mut m = Meter { v: 1 };
    m.add(4);
    let d = m.doubled();
    println!("{:?} {:?}", m, d);
}
