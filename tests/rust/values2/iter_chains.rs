// Iterator chains with captured values: map/filter/zip/skip/take/fold/any/all/position and collect to String.
fn main() {
    let factor = 3;
    let v = vec![1, 2, 3, 4, 5, 6];
    let scaled: Vec<i32> = v.iter().map(|x| x * factor).filter(|x| x % 2 == 0).collect();
    println!("{:?}", scaled);
    let sum_sq: i32 = v.iter().map(|&x| x * x).sum();
    println!("{}", sum_sq);
    let pairs: Vec<(i32, char)> = v.iter().cloned().zip("abc".chars()).collect();
    println!("{:?}", pairs);
    let middle: Vec<_> = v.iter().skip(1).take(3).collect();
    println!("{:?}", middle);
    let folded = v.iter().fold(String::new(), |acc, x| format!("{}{}", acc, x));
    println!("{}", folded);
    println!("{} {}", v.iter().any(|&x| x > 5), v.iter().all(|&x| x > 0));
    println!("{:?} {:?}", v.iter().position(|&x| x == 4), v.iter().find(|&&x| x > 10));
    let word: String = vec!['r', 'u', 's', 't'].into_iter().rev().collect();
    println!("{}", word);
    let count = v.iter().filter(|x| **x > factor).count();
    println!("{}", count);
    let maxed = v.iter().max_by_key(|&&x| (x % 4, x));
    println!("{:?}", maxed);
}
