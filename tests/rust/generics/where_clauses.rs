// where clauses with several bounds, a generic fn using Display + Clone, and a bound on an associated Item.
use std::fmt::{Debug, Display};
fn describe<T, U>(t: &T, u: &U) -> String
where
    T: Display + Clone,
    U: Clone + Debug,
{
    format!("{} / {:?}", t, u.clone())
}
fn print_all<I>(items: I) -> usize
where
    I: IntoIterator,
    I::Item: Display,
{
    let mut n = 0;
    for it in items { println!("- {}", it); n += 1; }
    n
}
fn sum_by<T, F>(xs: &[T], f: F) -> i64 where F: Fn(&T) -> i64 { xs.iter().map(f).sum() }
fn main() {
    println!("{}", describe(&3.5, &vec![1, 2]));
    println!("{}", describe(&"text", &Some('x')));
    println!("{}", print_all(vec![1, 2, 3]));
    println!("{}", print_all(["a", "b"]));
    let words = ["hello", "hi", "greetings"];
    println!("{}", sum_by(&words, |w| w.len() as i64));
}
