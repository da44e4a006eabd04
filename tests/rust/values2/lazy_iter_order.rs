// Iterator adapters are lazy: side effects in map/filter run interleaved, per item, only as far as consumed.
fn main() {
    let v = vec![1, 2, 3, 4];
    let it = v.iter().map(|x| { println!("map {}", x); x * 10 });
    println!("nothing yet");
    let firsts: Vec<i32> = it.filter(|x| { println!("filter {}", x); *x > 10 }).take(2).collect();
    println!("{:?}", firsts);
    let found = v.iter().inspect(|x| println!("look {}", x)).find(|&&x| x == 2);
    println!("{:?}", found);
    let mut n = 0;
    v.iter().for_each(|x| n += x);
    println!("{}", n);
}
