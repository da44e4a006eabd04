// let-else inside a loop: `continue` and `break` leave the else block.
fn main() {
    let inputs = vec!["1", "two", "3", "stop", "5"];
    let mut total = 0;
    for s in inputs {
        if s == "stop" {
            let Some(_) = None::<i32> else {
                println!("stopping");
                break;
            };
        }
        let Ok(n) = s.parse::<i32>() else {
            println!("skip {}", s);
            continue;
        };
        total += n;
        println!("added {} total {}", n, total);
    }
    println!("total {}", total);
}
