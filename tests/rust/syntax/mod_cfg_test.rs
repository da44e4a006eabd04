// A `#[cfg(test)] mod tests` with `use super::*` and #[test] fns is left out of the program, as in `cargo run`.
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    println!("{}", add(2, 3));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn add(a: i32, b: i32) -> i32 {
        a - b
    }

    #[test]
    fn adds() {
        assert_eq!(super::add(1, 2), 3);
        assert_eq!(add(1, 2), -1);
    }
}
