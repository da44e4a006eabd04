use std::task::Poll;

fn main() {
    let p: Poll<i32> = Poll::Done(3);
}
// expect: 4:24: unsupported: `std::task::Poll::Done` is not in pollscope's runtime library
