// Pure computation, no async: recursion, integer loops, string building,
// Vec work and HashMap work. bench/compare_compute.sh runs it beside
// compute.py and compute.mjs, which compute the same numbers.
use std::collections::HashMap;

fn fib(n: u32) -> u64 {
    if n < 2 {
        n as u64
    } else {
        fib(n - 1) + fib(n - 2)
    }
}

fn main() {
    println!("fib(27) = {}", fib(27));

    let mut acc: u64 = 0;
    for i in 0..3_000_000u64 {
        acc = acc.wrapping_add(i * i % 7);
    }
    println!("loop = {}", acc);

    let mut s = String::new();
    for i in 0..50_000 {
        s.push_str(&i.to_string());
        s.push(',');
    }
    println!("string = {}", s.len());

    let mut v: Vec<u64> = (0..200_000u64).map(|i| (i * 7919) % 100_003).collect();
    v.sort();
    let mut sampled: u64 = 0;
    for x in v.iter().step_by(1000) {
        sampled += x;
    }
    println!("vec = {}", sampled);

    let mut counts: HashMap<u64, u64> = HashMap::new();
    for i in 0..200_000u64 {
        *counts.entry(i * i % 1009).or_insert(0) += 1;
    }
    let mut weighted: u64 = 0;
    for (k, c) in &counts {
        weighted += k * c;
    }
    println!("map = {} keys, {}", counts.len(), weighted);
}
