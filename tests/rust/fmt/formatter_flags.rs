// A Display that reads the Formatter's flags: width(), precision() and alternate().
use std::fmt;

struct Money(u64);

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let dollars = self.0 / 100;
        let cents = self.0 % 100;
        if f.alternate() {
            write!(f, "USD {}.{:02}", dollars, cents)?;
        } else {
            write!(f, "${}.{:02}", dollars, cents)?;
        }
        match f.width() {
            Some(w) => write!(f, " (width {})", w),
            None => write!(f, " (no width)"),
        }?;
        if let Some(p) = f.precision() {
            write!(f, " (precision {})", p)?;
        }
        Ok(())
    }
}

fn main() {
    let m = Money(12345);
    println!("{}", m);
    println!("{:#}", m);
    println!("{:12}", m);
    println!("{:>7.3}", m);
    println!("{}", Money(7));
}
