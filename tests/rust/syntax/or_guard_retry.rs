// A guard after `A | B` runs once for each alternative that matches, so `B` still gets its turn.
fn main() {
    let mut calls = 0;
    let pairs = [(3, 1), (1, 3), (2, 2)];
    for p in pairs {
        let r = match p {
            (a, b) | (b, a)
                if {
                    calls += 1;
                    a > b
                } =>
            {
                format!("larger first: {} {}", a, b)
            }
            _ => "equal".to_string(),
        };
        println!("{:?} -> {} (guard calls so far {})", p, r, calls);
    }
    let mut seen = Vec::new();
    match 1 {
        1 | _
            if {
                seen.push("guard");
                false
            } => {}
        _ => seen.push("fallback"),
    }
    println!("{:?}", seen);
}
