// expect: 4:5: expected `,` or `}` after field, found identifier `y`
struct Point {
    x: i32
    y: i32,
}
fn main() {}
