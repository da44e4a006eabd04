// A macro defined inside a function may use the locals in scope where it is defined.
fn main() {
    let factor = 3;
    let label = "x";
    macro_rules! scale {
        ($e:expr) => {
            format!("{}{}", label, $e * factor)
        };
    }
    println!("{}", scale!(2));
    println!("{}", scale!(factor + 1));
    let values: Vec<String> = (1..4).map(|v| scale!(v)).collect();
    println!("{:?}", values);
}
