// FnOnce consuming a captured String, move closures copying Copy values, and a Box<dyn FnMut> kept in a struct.
fn run_once<F: FnOnce() -> String>(f: F) -> String { f() }
struct Machine { step: Box<dyn FnMut() -> u32> }
fn main() {
    let name = String::from("ferris");
    let greet = move || format!("hello {}", name);
    println!("{}", run_once(greet));
    let mut x = 5;
    let mut add = move |d: i32| { x += d; x };
    println!("{} {}", add(1), add(1));
    println!("outer x {}", x);
    x += 100;
    println!("{}", add(0));
    let mut state = 0;
    let mut m = Machine { step: Box::new(move || { state += 3; state }) };
    println!("{} {} {}", (m.step)(), (m.step)(), (m.step)());
    println!("state {}", state);
}
