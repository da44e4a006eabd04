//! The article's lazy future
//! Calling an async fn runs none of its body: it only builds the state
//! machine. Nothing prints from `complex_calculation` until the future is
//! awaited, which is when the runtime starts polling it.
//! part: article
use std::time::Duration;

async fn complex_calculation() {
    println!("(2) Starting calculation...");
    tokio::time::sleep(Duration::from_secs(1)).await;
    println!("(3) Calculation finished!");
}

#[tokio::main]
async fn main() {
    println!("(1) Calling the function...");

    // ⚠️ NOTHING HAPPENS HERE
    // The function is called, but the code inside isn't executed yet.
    // It returns a 'Future' state machine.
    let my_future = complex_calculation();

    println!("(4) I haven't awaited it yet, so nothing printed above.");

    // 🚀 NOW the runtime starts pulling the future
    my_future.await;
}
