// Labels on while loops and an unlabeled break that leaves only the inner loop.
fn main() {
    let mut i = 0;
    let mut log = Vec::new();
    'outer: while i < 5 {
        i += 1;
        let mut j = 0;
        while j < 5 {
            j += 1;
            if j == 2 {
                continue;
            }
            if j == 4 {
                break;
            }
            if i == 4 {
                break 'outer;
            }
            log.push((i, j));
        }
    }
    println!("{:?}", log);
    println!("i {}", i);
}
