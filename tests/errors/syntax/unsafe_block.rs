// expect: 5:13: unsupported: unsafe blocks
// expect: 7:1: unsupported: unsafe functions
fn main() {
    let p = &5 as *const i32;
    let v = unsafe { *p };
}
unsafe fn danger() {}
