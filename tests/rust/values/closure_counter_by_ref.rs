// A non-move closure borrows what it changes: the caller sees every change.
fn main() {
    let mut count = 0;
    let mut inc = || count += 1;
    inc();
    inc();
    inc();
    println!("count = {}", count);
    let mut log = Vec::new();
    let mut push = |x: i32| log.push(x * 2);
    push(1);
    push(5);
    println!("log = {:?}", log);
}
