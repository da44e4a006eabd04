// expect: 4:13: unsupported: macro `foo!`
// expect: 5:13: unsupported: macro `concat!`
fn main() {
    let v = foo!(1, 2);
    let w = concat!("a", "b");
}
