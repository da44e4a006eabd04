// User Ord/PartialOrd on a struct drive sort(), max(), min() and comparisons; derived Ord on an enum orders by variant.
use std::cmp::Ordering;
#[derive(Debug, PartialEq, Eq)]
struct Version { major: u32, minor: u32 }
impl PartialOrd for Version { fn partial_cmp(&self, other: &Self) -> Option<Ordering> { Some(self.cmp(other)) } }
impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering { self.major.cmp(&other.major).then_with(|| self.minor.cmp(&other.minor)) }
}
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Level { Low, Mid, High }
fn main() {
    let mut vs = vec![Version { major: 1, minor: 10 }, Version { major: 0, minor: 9 }, Version { major: 1, minor: 2 }];
    vs.sort();
    println!("{:?}", vs);
    println!("{}", Version { major: 2, minor: 0 } > Version { major: 1, minor: 99 });
    println!("{:?}", vs.iter().max());
    println!("{:?}", Version { major: 1, minor: 1 }.cmp(&Version { major: 1, minor: 1 }));
    let mut levels = vec![Level::High, Level::Low, Level::Mid, Level::Low];
    levels.sort();
    println!("{:?} {}", levels, Level::Mid < Level::High);
    println!("{:?}", levels.iter().min());
    println!("{:?}", Level::Low.max(Level::Mid));
}
