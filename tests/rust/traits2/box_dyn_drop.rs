// Box<dyn Trait> values with Drop: dropped when the Vec goes, when removed, and when replaced in a struct field.
trait Job { fn run(&self) -> String; }
struct Print(&'static str);
impl Job for Print { fn run(&self) -> String { format!("print {}", self.0) } }
impl Drop for Print { fn drop(&mut self) { println!("drop {}", self.0); } }
struct Runner { current: Box<dyn Job> }
fn main() {
    let mut jobs: Vec<Box<dyn Job>> = vec![Box::new(Print("a")), Box::new(Print("b")), Box::new(Print("c"))];
    let removed = jobs.remove(1);
    println!("{}", removed.run());
    drop(removed);
    for j in &jobs { println!("{}", j.run()); }
    let mut r = Runner { current: Box::new(Print("r1")) };
    r.current = Box::new(Print("r2"));
    println!("{}", r.current.run());
    jobs.clear();
    println!("end");
}
