// Semaphore permits: try_acquire fails when none are left, dropping a permit gives it back, forget keeps it.
use tokio::sync::Semaphore;

#[tokio::main]
async fn main() {
    let sem = Semaphore::new(2);
    let a = sem.acquire().await.unwrap();
    let b = sem.try_acquire().unwrap();
    println!("available: {}", sem.available_permits());
    match sem.try_acquire() {
        Ok(_) => println!("got a third permit"),
        Err(e) => println!("third: {}", e),
    }
    drop(a);
    println!("after drop: {}", sem.available_permits());
    b.forget();
    println!("after forget: {}", sem.available_permits());
    sem.add_permits(3);
    println!("after add: {}", sem.available_permits());
}
