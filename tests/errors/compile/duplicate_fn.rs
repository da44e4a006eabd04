fn twice() -> i32 {
    1
}

fn twice() -> i32 {
    2
}

fn main() {
    println!("{}", twice());
}
// expect: 5:4: the name `twice` is defined more than once
