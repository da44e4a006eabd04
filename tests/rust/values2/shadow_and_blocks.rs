// Shadowing changes type and value, blocks are expressions, loop with break value, labeled break out of nested loops.
fn main() {
    let x = "42";
    let x: i32 = x.parse().unwrap();
    let x = x * 2;
    println!("{}", x);
    let y = { let a = 3; let b = 4; a * a + b * b };
    println!("{}", y);
    let mut n = 0;
    let found = loop { n += 7; if n % 5 == 0 { break n; } };
    println!("{}", found);
    let mut hits = Vec::new();
    'outer: for i in 0..5 {
        for j in 0..5 {
            if i * j == 6 { hits.push((i, j)); break 'outer; }
            if j > i { continue 'outer; }
        }
    }
    println!("{:?}", hits);
    let grade = |s: u32| if s >= 90 { 'A' } else if s >= 80 { 'B' } else { 'C' };
    println!("{} {} {}", grade(95), grade(85), grade(10));
}
