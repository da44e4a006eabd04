//! Bug: a CPU loop that never yields
//! A task with no `.await` in its loop runs to the end in a single poll.
//! The other task is ready the whole time but cannot run until the loop
//! finishes. Adding `yield_now().await` lets them take turns.
//! part: bugs
async fn crunch(name: &str, n: u64, polite: bool) -> u64 {
    let mut sum = 0;
    for i in 0..n {
        sum += i;
        if i % 1000 == 0 {
            println!("{}: at {}", name, i);
            if polite {
                tokio::task::yield_now().await;
            }
        }
    }
    sum
}

#[tokio::main]
async fn main() {
    println!("-- greedy: no await inside the loop");
    let a = tokio::spawn(crunch("greedy", 3000, false));
    let b = tokio::spawn(async { println!("other: finally ran") });
    a.await.unwrap();
    b.await.unwrap();

    println!("-- polite: yield_now every 1000 iterations");
    let a = tokio::spawn(crunch("polite", 3000, true));
    let b = tokio::spawn(async { println!("other: ran between chunks") });
    let sum = a.await.unwrap();
    b.await.unwrap();
    println!("sum = {}", sum);
}
