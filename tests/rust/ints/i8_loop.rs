// A counter of type i8 panics when it steps past 127.
fn main() {
    let mut i: i8 = 120;
    loop {
        println!("{}", i);
        i += 3;
    }
}
