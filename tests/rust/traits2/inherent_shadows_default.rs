// An inherent method and a trait default of the same name: rustc calls the inherent one, pollscope cannot tell them apart and says so.
// expect-error: has its own `name` besides `Named`'s default one
trait Named { fn name(&self) -> String { "trait".into() } }
struct A;
impl A { fn name(&self) -> String { "inherent".into() } }
impl Named for A {}
fn main() { println!("{}", A.name()); }
