// `break 'outer` and `continue 'outer` leave or restart the labeled outer loop.
fn main() {
    let mut found = None;
    'search: for i in 1..10 {
        for j in 1..10 {
            if i * j == 42 {
                found = Some((i, j));
                break 'search;
            }
        }
    }
    println!("{:?}", found);

    let mut count = 0;
    'rows: for row in 0..4 {
        for col in 0..4 {
            if col > row {
                continue 'rows;
            }
            count += 1;
        }
    }
    println!("count {}", count);

    let mut n = 0;
    'outer: loop {
        loop {
            n += 1;
            if n % 3 == 0 {
                continue 'outer;
            }
            if n > 10 {
                break 'outer;
            }
        }
    }
    println!("n {}", n);
}
