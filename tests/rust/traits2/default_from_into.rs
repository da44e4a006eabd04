// Default (derived and hand-written), From/Into conversions, and struct update from Default::default().
// expect-error: no function or associated item named `default` found for `Config`
#[derive(Debug, Default)]
struct Config { name: String, retries: u32, verbose: bool, ratio: f64 }
#[derive(Debug)]
struct Celsius(f64);
#[derive(Debug)]
struct Fahrenheit(f64);
impl From<Celsius> for Fahrenheit { fn from(c: Celsius) -> Self { Fahrenheit(c.0 * 9.0 / 5.0 + 32.0) } }
#[derive(Debug)]
struct Wrapper { items: Vec<i32> }
impl Default for Wrapper { fn default() -> Self { Wrapper { items: vec![0, 0] } } }
impl From<Vec<i32>> for Wrapper { fn from(items: Vec<i32>) -> Self { Wrapper { items } } }
fn main() {
    let c = Config::default();
    println!("{:?}", c);
    let c2 = Config { retries: 3, ..Default::default() };
    println!("{:?}", c2);
    let f: Fahrenheit = Celsius(100.0).into();
    println!("{:?}", f);
    println!("{:?}", Fahrenheit::from(Celsius(-40.0)));
    let w: Wrapper = vec![1, 2, 3].into();
    println!("{:?} {:?}", w, Wrapper::default());
    let s: String = "text".into();
    let n: i64 = 7i32.into();
    println!("{} {}", s, n);
    let d: (i32, bool, String) = Default::default();
    println!("{:?}", d);
}
