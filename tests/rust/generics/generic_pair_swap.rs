// Generic tuple helpers: swap<A, B>, a generic Pair with a method returning references, and Option<(K, V)> lookups in a Vec.
fn swap<A, B>(p: (A, B)) -> (B, A) { (p.1, p.0) }
fn lookup<'a, K: PartialEq, V>(pairs: &'a [(K, V)], key: &K) -> Option<&'a V> {
    pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}
#[derive(Debug)]
struct Pair<T> { a: T, b: T }
impl<T: PartialOrd> Pair<T> {
    fn larger(&self) -> &T { if self.a > self.b { &self.a } else { &self.b } }
    fn sorted(self) -> (T, T) { if self.a <= self.b { (self.a, self.b) } else { (self.b, self.a) } }
}
fn main() {
    println!("{:?}", swap((1, "one")));
    println!("{:?}", swap((vec![1], 'c')));
    let table = vec![("a", 1), ("b", 2)];
    println!("{:?} {:?}", lookup(&table, &"b"), lookup(&table, &"z"));
    let p = Pair { a: 3.5, b: -1.0 };
    println!("{}", p.larger());
    println!("{:?}", p.sorted());
    let q = Pair { a: String::from("pear"), b: String::from("fig") };
    println!("{} {:?}", q.larger(), q);
}
