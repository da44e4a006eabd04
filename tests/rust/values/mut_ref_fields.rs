// References to fields, tuple fields and elements are places too.
struct Counter {
    hits: u32,
    pair: (i32, i32),
}

fn inc(n: &mut u32) {
    *n += 10;
}

fn main() {
    let mut c = Counter { hits: 1, pair: (1, 2) };
    inc(&mut c.hits);
    let second = &mut c.pair.1;
    *second = 20;
    println!("hits = {}, pair = {:?}", c.hits, c.pair);
    let mut v = vec![1, 2, 3];
    let first = &mut v[0];
    *first += 100;
    inc_i32(&mut v[2]);
    println!("{:?}", v);
    let mut grid = vec![vec![0; 3]; 2];
    grid[1][2] = 7;
    let cell = &mut grid[0][1];
    *cell = 5;
    println!("{:?}", grid);
}

fn inc_i32(n: &mut i32) {
    *n *= 3;
}
