// expect: 4:19: expected `,` after match arm
fn main() {
    let x = match 3 {
        1 => "one"
        _ => "other",
    };
}
