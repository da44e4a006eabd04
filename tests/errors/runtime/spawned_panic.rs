// expect-status: completed
// expect-exit: 0
// expect-message: worker failed
// expect-stdout: joined: is_err = true\nmain continues\n
// expect-line: 9:9
#[tokio::main]
async fn main() {
    let h = tokio::spawn(async {
        panic!("worker failed");
    });
    let r = h.await;
    println!("joined: is_err = {}", r.is_err());
    println!("main continues");
}
