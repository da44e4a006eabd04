// Patterns on arrays: `let [a, b, c] = arr;`, literals inside, and `[x, _, ..]`.
fn main() {
    let arr = [10, 20, 30];
    let [a, b, c] = arr;
    println!("{} {} {}", a, b, c);
    let grid = [[1, 2], [3, 4]];
    let [[w, x], [y, z]] = grid;
    println!("{} {} {} {}", w, x, y, z);
    for probe in [[0, 1, 2], [1, 0, 0], [5, 5, 5]] {
        let text = match probe {
            [0, ..] => "starts with zero".to_string(),
            [x, 0, _] => format!("{} then zero", x),
            [x, y, z] if x == y && y == z => format!("all {}", x),
            _ => "other".to_string(),
        };
        println!("{}", text);
    }
}
