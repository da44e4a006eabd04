// Async functions in a module, awaited and spawned through module paths.
mod worker {
    use tokio::time::{sleep, Duration};

    pub async fn job(id: u32, ms: u64) -> u32 {
        sleep(Duration::from_millis(ms)).await;
        println!("job {} done after {}ms", id, ms);
        id * 10
    }
}

#[tokio::main]
async fn main() {
    let a = tokio::spawn(worker::job(1, 30));
    let b = tokio::spawn(worker::job(2, 10));
    let (x, y) = tokio::join!(worker::job(3, 20), worker::job(4, 5));
    println!("{} {}", x, y);
    println!("{} {}", a.await.unwrap(), b.await.unwrap());
}
