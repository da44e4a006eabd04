// A JoinHandle prints its task id with {:?}; awaiting it gives the task's value.
#[tokio::main]
async fn main() {
    let a = tokio::spawn(async { "first" });
    let b = tokio::spawn(async { "second" });
    println!("{:?}", a);
    println!("{:?}", b);
    println!("{} {}", a.await.unwrap(), b.await.unwrap());
}
