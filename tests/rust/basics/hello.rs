// The smallest program: text, integers and a loop.
fn main() {
    println!("hello");
    let mut total = 0;
    for i in 1..=10 {
        total += i;
    }
    println!("total = {}", total);
}
