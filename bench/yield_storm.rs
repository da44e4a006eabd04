// 1,000 tasks, each yielding to the scheduler 1,000 times: 1,001,000 task polls.
// Timed from outside by bench/compare_langs.sh.
#[tokio::main]
async fn main() {
    let mut handles = Vec::new();
    for _ in 0..1000 {
        handles.push(tokio::spawn(async {
            for _ in 0..1000 {
                tokio::task::yield_now().await;
            }
        }));
    }
    for handle in handles {
        handle.await.unwrap();
    }
    println!("yield_storm: 1000 tasks x 1000 yields done");
}
