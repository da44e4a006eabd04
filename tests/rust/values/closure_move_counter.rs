// A move closure owns its copy: it counts on from call to call, the original stays.
fn make_counter() -> impl FnMut() -> u32 {
    let mut count = 0;
    move || {
        count += 1;
        count
    }
}

fn main() {
    let mut c = make_counter();
    println!("{} {} {} {}", c(), c(), c(), c());
    let mut n = 10;
    let mut add = move |k: i32| {
        n += k;
        n
    };
    println!("{}", add(1));
    println!("{}", add(2));
    println!("n outside = {}", n);
}
