// Matching bytes against byte-literal patterns and ranges, as a tiny tokenizer does.
fn kind(b: u8) -> &'static str {
    match b {
        b'0'..=b'9' => "digit",
        b'a'..=b'z' | b'A'..=b'Z' => "letter",
        b' ' | b'\t' => "space",
        b'+' | b'-' => "sign",
        _ => "other",
    }
}

fn main() {
    let input = b"a1 +Z\t?";
    for &b in input.iter() {
        println!("{} {}", b, kind(b));
    }
    let mut digits = 0;
    for b in b"x9y88" {
        if *b >= b'0' && *b <= b'9' {
            digits += 1;
        }
    }
    println!("digits {}", digits);
}
