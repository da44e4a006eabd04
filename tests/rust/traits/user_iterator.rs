// A user `impl Iterator` works in `for` and with the iterator adapters.
struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0 + 1)
        }
    }
}

struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        self.a = self.b;
        self.b += r;
        Some(r)
    }
}

fn main() {
    for n in Countdown(3) {
        println!("{}", n);
    }
    let v: Vec<u32> = Countdown(4).map(|x| x * 2).collect();
    println!("{:?}", v);
    let total: u32 = Countdown(10).filter(|x| x % 2 == 0).sum();
    println!("{}", total);
    let fibs: Vec<u64> = Fib { a: 0, b: 1 }.take(10).collect();
    println!("{:?}", fibs);
    let mut it = Countdown(2);
    println!("{:?} {:?} {:?}", it.next(), it.next(), it.next());
    let big = Fib { a: 0, b: 1 }.skip_while(|x| *x < 100).next();
    println!("{:?}", big);
}
