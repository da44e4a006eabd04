// The Book's GUI example: Vec<Box<dyn Draw>>, a Screen running each component, and dyn with a default method.
trait Draw {
    fn draw(&self) -> String;
    fn kind(&self) -> &'static str { "widget" }
}
struct Button { label: String, width: u32 }
struct SelectBox { options: Vec<String> }
impl Draw for Button {
    fn draw(&self) -> String { format!("[{}:{}]", self.label, self.width) }
    fn kind(&self) -> &'static str { "button" }
}
impl Draw for SelectBox {
    fn draw(&self) -> String { format!("<{}>", self.options.join("|")) }
}
struct Screen { components: Vec<Box<dyn Draw>> }
impl Screen {
    fn run(&self) { for c in self.components.iter() { println!("{} {}", c.kind(), c.draw()); } }
}
fn main() {
    let screen = Screen { components: vec![
        Box::new(SelectBox { options: vec!["Yes".into(), "No".into()] }),
        Box::new(Button { label: "OK".into(), width: 50 }),
    ] };
    screen.run();
    let d: &dyn Draw = &Button { label: "ref".into(), width: 1 };
    println!("{}", d.draw());
    println!("{}", screen.components.len());
}
