// A module and a type alias declared inside a function body, used after them.
fn main() {
    type Score = u32;
    mod util {
        pub fn double(x: u32) -> u32 { x * 2 }
    }
    let s: Score = util::double(21);
    println!("{}", s);
}
