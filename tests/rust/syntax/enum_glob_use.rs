// `use Direction::*;` brings an enum's variants into scope: built, matched and printed by their bare names.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Direction {
    North,
    East,
    South,
    West,
}

mod shapes {
    #[derive(Debug)]
    pub enum Shape {
        Dot,
        Line { len: u32 },
    }
}

use shapes::Shape::*;
use Direction::*;

fn turn(d: Direction) -> Direction {
    match d {
        North => East,
        East => South,
        South => West,
        West => North,
    }
}

fn main() {
    let mut d = North;
    for _ in 0..5 {
        print!("{:?} ", d);
        d = turn(d);
    }
    println!();
    println!("{}", d == East);
    let shapes = [Dot, Line { len: 3 }];
    for s in shapes.iter() {
        match s {
            Dot => println!("dot"),
            Line { len } => println!("line {} {:?}", len, s),
        }
    }
}
