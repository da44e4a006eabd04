// Slice patterns and byte strings in async code: a task parses commands received over a channel.
use tokio::sync::mpsc;

fn parse(line: &[u8]) -> String {
    match line {
        [] => "empty".to_string(),
        [b'+', rest @ ..] => format!("add {:?}", rest),
        [b'-', ..] => "remove".to_string(),
        [first, .., last] if first == last => format!("palindrome-ish {}", first),
        other => format!("unknown {} bytes", other.len()),
    }
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<Vec<u8>>(8);
    let worker = tokio::spawn(async move {
        let mut count = 0;
        while let Some(line) = rx.recv().await {
            count += 1;
            println!("{}: {}", count, parse(&line));
        }
        count
    });
    for line in [b"+ab".to_vec(), b"-x".to_vec(), b"aba".to_vec(), Vec::new(), b"xy".to_vec()] {
        tx.send(line).await.unwrap();
    }
    drop(tx);
    println!("handled {}", worker.await.unwrap());
}
