async fn work() -> u32 {
    1
}

fn main() {
    let v = work().await;
    println!("{}", v);
}
// expect: 6:19: `await` is only allowed inside `async` functions and blocks
