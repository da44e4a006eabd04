// expect: 4:45: expected `,` after `select!` branch
fn main() {
    tokio::select! {
        v = async { 1 } => println!("{}", v)
        _ = async { 2 } => {}
    }
}
