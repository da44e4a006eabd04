// expect: 3:21: expected `)`, found `;`
fn main() {
    let x = foo(1, 2;
    let y = 3;
}
