// sort_by_key, sort_by with a comparator, retain with a captured threshold, dedup, and a counting comparator.
#[derive(Debug, Clone)]
struct Person { name: String, age: u32 }
fn main() {
    let mut people = vec![
        Person { name: "Zoe".into(), age: 30 },
        Person { name: "Adam".into(), age: 25 },
        Person { name: "Mia".into(), age: 30 },
        Person { name: "Bob".into(), age: 19 },
    ];
    people.sort_by_key(|p| p.age);
    for p in &people { println!("{} {}", p.name, p.age); }
    people.sort_by(|a, b| b.age.cmp(&a.age).then(a.name.cmp(&b.name)));
    let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
    println!("{:?}", names);
    let min_age = 21;
    people.retain(|p| p.age >= min_age);
    println!("{}", people.len());
    let mut comparisons = 0;
    let mut nums = vec![5, 3, 3, 9, 1, 1, 1];
    nums.sort_by(|a, b| { comparisons += 1; a.cmp(b) });
    println!("{:?} compared {}", nums, comparisons > 0);
    nums.dedup();
    println!("{:?}", nums);
}
