// `?` converting a ParseIntError into the fn's own error type through a user From impl.
// expect-error: `?` converting the error into `AppError` with its `From` impl
#[derive(Debug)]
enum AppError { Parse(String), Negative(i64) }
impl From<std::num::ParseIntError> for AppError {
    fn from(e: std::num::ParseIntError) -> Self { AppError::Parse(e.to_string()) }
}
fn parse_pos(s: &str) -> Result<i64, AppError> {
    let n: i64 = s.trim().parse()?;
    if n < 0 { return Err(AppError::Negative(n)); }
    Ok(n)
}
fn sum_all(xs: &[&str]) -> Result<i64, AppError> {
    let mut total = 0;
    for x in xs { total += parse_pos(x)?; }
    Ok(total)
}
fn first_even(xs: &[i32]) -> Option<i32> {
    let f = xs.iter().find(|x| *x % 2 == 0)?;
    Some(f * 10)
}
fn main() {
    println!("{:?}", sum_all(&["1", " 2 ", "3"]));
    println!("{:?}", sum_all(&["1", "x", "3"]));
    println!("{:?}", sum_all(&["1", "-7"]));
    println!("{:?} {:?}", first_even(&[1, 3, 4]), first_even(&[1, 3]));
    let r = parse_pos("oops");
    match &r { Err(AppError::Parse(m)) => println!("parse error: {}", m), other => println!("{:?}", other) }
    r.unwrap();
}
