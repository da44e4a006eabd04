// expect-status: error
// expect-exit: 101
// expect-message: could not save: "disk full"
// expect-line: 7:15
fn main() {
    let r: Result<i32, String> = Err("disk full".to_string());
    let x = r.expect("could not save");
    println!("{}", x);
}
