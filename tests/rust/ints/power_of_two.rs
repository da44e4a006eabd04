// is_power_of_two and next_power_of_two.
fn main() {
    for n in [0u32, 1, 2, 3, 16, 17, 1000] {
        println!("{} {} {}", n, n.is_power_of_two(), n.next_power_of_two());
    }
    println!("{:?}", 200u8.checked_next_power_of_two());
    println!("{:?}", 100u8.checked_next_power_of_two());
}
