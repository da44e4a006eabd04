fn main() {
    let f = || {
        let v = async { 1 };
        v.await
    };
}
// expect: 4:10: `await` is only allowed inside `async` functions and blocks
