// A user Display's Formatter used to be freed with the callee's frame before its text was read (use-after-free).
use std::fmt;
#[derive(Debug)]
enum ApiError { NotFound(u32), Timeout(u64) }
impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::NotFound(id) => write!(f, "user {} not found", id),
            ApiError::Timeout(after_ms) => write!(f, "timed out after {}ms", after_ms),
        }
    }
}
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let e = ApiError::Timeout(15);
    println!("a: {}", e);
    let r: Result<u32, ApiError> = Err(ApiError::NotFound(3));
    if let Err(ref e) = r { println!("b: {} ({:?})", e, e); }
    println!("c: {}", e.to_string());
}
