// impl Trait arguments and returns: a Summary trait, notify(&impl Summary), and returning impl Iterator/Fn.
trait Summary {
    fn author(&self) -> String;
    fn summarize(&self) -> String { format!("(Read more from {}...)", self.author()) }
}
struct Tweet { username: String, content: String }
struct Article { title: String, author: String }
impl Summary for Tweet {
    fn author(&self) -> String { format!("@{}", self.username) }
    fn summarize(&self) -> String { format!("{}: {}", self.author(), self.content) }
}
impl Summary for Article { fn author(&self) -> String { self.author.clone() } }
fn notify(item: &impl Summary) { println!("Breaking! {}", item.summarize()); }
fn make_tweet() -> impl Summary { Tweet { username: "rust".into(), content: "1.0 is out".into() } }
fn evens(limit: u32) -> impl Iterator<Item = u32> { (0..limit).filter(|n| n % 2 == 0) }
fn multiplier(k: i32) -> impl Fn(i32) -> i32 { move |x| x * k }
fn main() {
    let a = Article { title: "Generics".into(), author: "Ann".into() };
    notify(&a);
    notify(&make_tweet());
    println!("{}", a.title);
    println!("{:?}", evens(9).collect::<Vec<_>>());
    let triple = multiplier(3);
    println!("{} {}", triple(4), triple(-2));
    let total: u32 = evens(100).map(|x| x / 2).sum();
    println!("{}", total);
}
