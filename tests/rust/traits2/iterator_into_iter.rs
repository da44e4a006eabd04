// impl IntoIterator-like use: a struct with an iter() returning a user Iterator over borrowed data, with by_ref and peekable.
struct Grid { cells: Vec<u8>, width: usize }
struct Rows<'a> { grid: &'a Grid, row: usize }
impl<'a> Iterator for Rows<'a> {
    type Item = &'a [u8];
    fn next(&mut self) -> Option<Self::Item> {
        let start = self.row * self.grid.width;
        if start >= self.grid.cells.len() { return None; }
        self.row += 1;
        Some(&self.grid.cells[start..start + self.grid.width])
    }
}
impl Grid { fn rows(&self) -> Rows<'_> { Rows { grid: self, row: 0 } } }
fn main() {
    let g = Grid { cells: (1..=9).collect(), width: 3 };
    for r in g.rows() { println!("{:?}", r); }
    let sums: Vec<u32> = g.rows().map(|r| r.iter().map(|&c| c as u32).sum()).collect();
    println!("{:?}", sums);
    let mut it = g.rows();
    let first: Vec<_> = it.by_ref().take(1).collect();
    println!("{:?} then {:?}", first, it.next());
    let mut p = (1..4).peekable();
    while let Some(x) = p.next() {
        if let Some(&nx) = p.peek() { println!("{} before {}", x, nx); } else { println!("{} last", x); }
    }
}
