//! tokio::join! polls every branch, rotating the first one
//! All three branches run inside ONE task. Each time that task is polled,
//! join! polls every unfinished branch, and Tokio 1.24 starts one branch
//! further along each time: A B C, then B C A, then C A B.
//! part: join-select-timeout
async fn steps(name: &str, n: u32) -> u32 {
    for i in 0..n {
        println!("{}: step {}", name, i);
        tokio::task::yield_now().await;
    }
    println!("{}: done", name);
    n
}

#[tokio::main]
async fn main() {
    println!("main: one task, three branches");
    let (a, b, c) = tokio::join!(steps("A", 3), steps("B", 3), steps("C", 1));
    println!("main: joined ({}, {}, {})", a, b, c);
    assert_eq!(a + b + c, 7);
}
