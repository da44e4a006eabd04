// expect: 4:14: expected `;` after `let` statement
// expect: 6:26: expected `;` after expression
fn main() {
    let x = 1
    let y = 2;
    println!("{}", x + y)
    foo();
}
