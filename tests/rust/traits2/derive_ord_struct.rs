// Derived PartialEq/PartialOrd on structs and enums compare field by field, variant first; sort and max use it.
#[derive(Debug, Clone, PartialEq, PartialOrd)]
struct Score { points: u32, name: String }
#[derive(Debug, PartialEq, PartialOrd, Clone, Copy)]
enum Card { Number(u8), Face(char), Joker }
fn main() {
    let a = Score { points: 10, name: "b".into() };
    let b = Score { points: 10, name: "a".into() };
    let c = Score { points: 3, name: "z".into() };
    println!("{} {} {}", a > b, c < b, a == a.clone());
    println!("{:?}", a.partial_cmp(&b));
    let mut v = vec![a.clone(), c.clone(), b.clone()];
    v.sort_by(|x, y| x.partial_cmp(y).unwrap());
    println!("{:?}", v);
    let cards = [Card::Face('K'), Card::Number(9), Card::Joker, Card::Number(2), Card::Face('A')];
    let mut sorted = cards.to_vec();
    sorted.sort_by(|x, y| x.partial_cmp(y).unwrap());
    println!("{:?}", sorted);
    println!("{} {}", Card::Number(200) < Card::Face('2'), Card::Face('B') > Card::Face('A'));
    println!("{}", (1, "b") < (1, "c"));
}
