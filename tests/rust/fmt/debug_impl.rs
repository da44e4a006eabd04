// A hand-written impl Debug runs for {:?} and {:#?}, also inside a Vec and an Option.
use std::fmt;

struct Celsius(f64);

enum Light {
    Red,
    Green(u8),
}

impl fmt::Debug for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}°C", self.0)
    }
}

impl fmt::Debug for Light {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Light::Red => write!(f, "RED"),
            Light::Green(secs) => write!(f, "GREEN for {}s", secs),
        }
    }
}

impl fmt::Display for Light {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Light::Red => f.pad("stop"),
            Light::Green(_) => f.pad("go"),
        }
    }
}

fn main() {
    let t = Celsius(21.5);
    println!("{:?}", t);
    println!("{:?}", vec![Celsius(1.0), Celsius(-3.25)]);
    println!("{:?}", Some(Light::Green(30)));
    println!("{:#?}", vec![Light::Red, Light::Green(5)]);
    println!("[{}] [{:>6}] {:?}", Light::Red, Light::Green(1), Light::Red);
}
