// expect: 3:21: expected `]`, found `;`
fn main() {
    let a = [1, 2, 3;
}
fn second() {
    let b = 1;
}
