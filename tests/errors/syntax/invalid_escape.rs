// expect: 4:18: unknown character escape `\q`
// expect: 6:18: invalid unicode escape `\u{110000}`
fn main() {
    let s = "bad \q escape";
    let t = "ok \u{1F680}";
    let u = "bad \u{110000}";
}
