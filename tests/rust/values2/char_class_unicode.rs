// Unicode classes of non-ASCII chars ('é' is alphabetic and lowercase, '٣' is numeric).
// expect-error: unsupported: Unicode classes of a non-ASCII char
fn main() {
    for c in ['é', 'Ö', '٣'] {
        println!("{:?} {} {} {}", c, c.is_alphabetic(), c.is_lowercase(), c.is_numeric());
    }
}
