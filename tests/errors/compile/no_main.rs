fn helper() -> i32 {
    42
}
// expect: 1:1: no `main` function: add `#[tokio::main] async fn main() { ... }`
