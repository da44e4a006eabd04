// Vec access: get returns Option, indexing past the end panics with exit 101, first/last/contains.
fn main() {
    let mut v = vec![1, 2, 3];
    v.push(4);
    println!("{:?} {:?}", v.get(2), v.get(10));
    println!("{:?} {:?} {}", v.first(), v.last(), v.contains(&3));
    if let Some(x) = v.get_mut(0) { *x = 100; }
    v.insert(1, 50);
    println!("{:?}", v);
    let removed = v.remove(2);
    println!("{} {:?}", removed, v);
    v.swap(0, 1);
    println!("{:?}", v);
    v.truncate(2);
    v.extend([7, 8].iter());
    println!("{:?}", v);
    let idx = v.len();
    println!("{}", v[idx]);
}
