// &mut through loops: for x in &mut v, nested Vec<Vec<>> edits, and a helper returning &mut to the max element.
fn largest_mut(v: &mut Vec<i32>) -> &mut i32 {
    let mut idx = 0;
    for i in 1..v.len() { if v[i] > v[idx] { idx = i; } }
    &mut v[idx]
}
fn main() {
    let mut v = vec![3, 9, 4];
    for x in &mut v { *x *= 2; }
    println!("{:?}", v);
    *largest_mut(&mut v) = 0;
    println!("{:?}", v);
    let mut grid = vec![vec![0; 3]; 2];
    for (r, row) in grid.iter_mut().enumerate() {
        for (c, cell) in row.iter_mut().enumerate() { *cell = r * 10 + c; }
    }
    println!("{:?}", grid);
    grid[1][2] += 100;
    let total: usize = grid.iter().map(|row| row.iter().sum::<usize>()).sum();
    println!("{:?} {}", grid, total);
    let mut s = String::new();
    let r = &mut s;
    r.push('a');
    r.push_str("bc");
    println!("{}", s);
}
