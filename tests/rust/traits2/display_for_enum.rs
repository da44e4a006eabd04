// impl Display for an enum and a struct, used by println!, format! width/alignment and to_string().
use std::fmt;
enum Suit { Hearts, Spades }
struct Card { rank: u8, suit: Suit }
impl fmt::Display for Suit {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = match self { Suit::Hearts => "♥", Suit::Spades => "♠" };
        write!(f, "{}", s)
    }
}
impl fmt::Display for Card {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.rank {
            1 => write!(f, "A{}", self.suit),
            11 => write!(f, "J{}", self.suit),
            n => write!(f, "{}{}", n, self.suit),
        }
    }
}
fn main() {
    let cards = vec![Card { rank: 1, suit: Suit::Spades }, Card { rank: 7, suit: Suit::Hearts }, Card { rank: 11, suit: Suit::Hearts }];
    for c in &cards { println!("{}", c); }
    let s = cards[1].to_string();
    println!("{} {}", s, s.len());
    let all: Vec<String> = cards.iter().map(|c| format!("{}", c)).collect();
    println!("{}", all.join(", "));
    println!("[{:>5}] [{:<5}]", cards[0].to_string(), format!("{}", cards[2]));
}
