// Hand-written Debug and Display impls are used by {:?} and {}, also inside collections.
use std::fmt;

struct Celsius(f64);

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.1}°C", self.0)
    }
}

impl fmt::Debug for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Celsius({})", self.0)
    }
}

enum Light {
    Red,
    Green,
}

impl fmt::Debug for Light {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Light::Red => write!(f, "R"),
            Light::Green => write!(f, "G"),
        }
    }
}

fn main() {
    let t = Celsius(21.55);
    println!("{} {:?}", t, t);
    let v = vec![Celsius(1.0), Celsius(-3.25)];
    println!("{:?}", v);
    println!("{:?}", (Light::Red, Some(Light::Green)));
    let s = t.to_string();
    println!("{} {}", s, s.len());
}
