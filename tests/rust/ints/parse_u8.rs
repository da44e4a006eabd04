// parse::<u8>() rejects numbers that do not fit, with Rust's errors.
fn main() {
    println!("{:?}", "300".parse::<u8>());
    println!("{:?}", "255".parse::<u8>());
    println!("{:?}", "-1".parse::<u8>());
    println!("{:?}", "".parse::<u8>());
    println!("{:?}", "12a".parse::<i32>());
    println!("{:?}", "-129".parse::<i8>());
    println!("{:?}", "+42".parse::<i64>());
    match "300".parse::<u8>() {
        Ok(v) => println!("ok {}", v),
        Err(e) => println!("error: {}", e),
    }
    match "".parse::<u32>() {
        Ok(v) => println!("ok {}", v),
        Err(e) => println!("error: {}", e),
    }
}
