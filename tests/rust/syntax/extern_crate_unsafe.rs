// `extern crate` lines are accepted, and so are `unsafe fn` and `unsafe { }` blocks.
extern crate futures;
extern crate tokio;

unsafe fn danger(x: i32) -> i32 {
    x + 1
}

fn main() {
    let v = unsafe { danger(41) };
    println!("{}", v);
    let w = unsafe {
        let a = danger(1);
        a * 10
    };
    println!("{}", w);
}
