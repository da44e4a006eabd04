// `break value` from `loop` gives the loop's value, including from a nested labeled loop.
fn main() {
    let mut counter = 0;
    let result = loop {
        counter += 1;
        if counter == 10 {
            break counter * 2;
        }
    };
    println!("result {}", result);

    let pair = 'outer: loop {
        let mut y = 0;
        loop {
            y += 1;
            if y == 3 {
                break 'outer (counter, y);
            }
        }
    };
    println!("{:?}", pair);

    let word = loop {
        break "done";
    };
    println!("{}", word);
}
