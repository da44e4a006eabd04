// A labeled block `'a: { ... break 'a value; ... }` gives a value, like an early return from a block.
fn classify(n: i32) -> &'static str {
    let kind = 'done: {
        if n < 0 {
            break 'done "negative";
        }
        if n == 0 {
            break 'done "zero";
        }
        if n % 2 == 0 {
            break 'done "even";
        }
        "odd"
    };
    kind
}

fn main() {
    for n in [-3, 0, 4, 7] {
        println!("{} is {}", n, classify(n));
    }
    let mut tries = 0;
    let found = 'find: {
        for x in 1..100 {
            tries += 1;
            if x * x > 50 {
                break 'find Some(x);
            }
        }
        None
    };
    println!("{:?} after {} tries", found, tries);
    let unit = 'skip: {
        if tries > 0 {
            break 'skip;
        }
        println!("not printed");
    };
    println!("{:?}", unit);
}
