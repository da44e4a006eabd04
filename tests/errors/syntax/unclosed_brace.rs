// expect: 6:1: expected `}` to close the block opened at 3:13, found end of file
fn main() {
    if true {
        println!("hi");
    
