// iter_mut, get_mut, last_mut and `for x in &mut v` change the vector in place.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    for x in v.iter_mut() {
        *x *= 10;
    }
    println!("{:?}", v);
    for x in &mut v {
        *x += 1;
    }
    println!("{:?}", v);
    if let Some(x) = v.get_mut(1) {
        *x = 0;
    }
    if let Some(last) = v.last_mut() {
        *last = -1;
    }
    println!("{:?}", v);
    v.iter_mut().for_each(|x| *x *= 2);
    println!("{:?}", v);
    let mut names = vec![String::from("a"), String::from("b")];
    for n in names.iter_mut() {
        n.push('!');
    }
    println!("{:?}", names);
}
