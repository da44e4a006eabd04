fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    println!("{}", add(1));
}
// expect: 6:20: function `add` takes 2 argument(s) but 1 were supplied
