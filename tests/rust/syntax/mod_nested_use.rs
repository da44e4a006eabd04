// Nested modules reached through `use`, `self::`, `super::` and `crate::` paths, and `pub(crate)`.
mod net {
    pub mod addr {
        pub(crate) fn parse(s: &str) -> u32 {
            super::helpers::digits(s) * 2
        }
    }

    mod helpers {
        pub fn digits(s: &str) -> u32 {
            s.chars().filter(|c| c.is_ascii_digit()).count() as u32
        }
    }

    pub fn describe(s: &str) -> String {
        format!("{} -> {}", s, self::addr::parse(s))
    }

    pub fn top_level() -> u32 {
        crate::answer()
    }
}

use net::addr;
use crate::net::describe;

fn answer() -> u32 {
    42
}

fn main() {
    println!("{}", addr::parse("10.0.0.1"));
    println!("{}", describe("127.0.0.1"));
    println!("{}", net::addr::parse("1"));
    println!("{}", net::top_level());
}
