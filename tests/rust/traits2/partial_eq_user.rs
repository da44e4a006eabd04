// A hand-written PartialEq that ignores a field, used by ==, !=, contains, assert_eq!, and a failing assert_ne!.
#[derive(Debug)]
struct Book { isbn: u32, title: String }
impl PartialEq for Book { fn eq(&self, other: &Self) -> bool { self.isbn == other.isbn } }
fn main() {
    let a = Book { isbn: 1, title: "Rust".into() };
    let b = Book { isbn: 1, title: "Rust, 2nd ed".into() };
    let c = Book { isbn: 2, title: "Rust".into() };
    println!("{} {} {}", a == b, a == c, b != c);
    let shelf = vec![b, c];
    println!("{}", shelf.contains(&a));
    println!("{:?}", shelf.iter().position(|x| *x == a));
    assert_eq!(a, shelf[0]);
    println!("{}", a.title);
    assert_ne!(a, shelf[0], "same isbn");
}
