// The Book's largest<T: PartialOrd + Copy>, over i32, char and f64 slices, plus a version returning &T.
fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list { if item > largest { largest = item; } }
    largest
}
fn largest_ref<T: PartialOrd>(list: &[T]) -> &T {
    let mut l = &list[0];
    for item in list { if item > l { l = item; } }
    l
}
fn main() {
    println!("{}", largest(&[34, 50, 25, 100, 65]));
    println!("{}", largest(&['y', 'm', 'a', 'q']));
    println!("{}", largest(&[1.5, -2.0, 0.25]));
    let words = vec![String::from("pear"), String::from("apple"), String::from("zoo")];
    println!("{}", largest_ref(&words));
    let empty: Vec<i32> = Vec::new();
    println!("{}", largest(&empty));
}
