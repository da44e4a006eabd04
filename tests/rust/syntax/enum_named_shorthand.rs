// Named-field variants built with the field-init shorthand `Get { key }` and matched back.
#[derive(Debug)]
enum Command {
    Get { key: String },
    Set { key: String, val: i64 },
}

fn make_get(key: String) -> Command {
    Command::Get { key }
}

fn make_set(key: &str, val: i64) -> Command {
    let key = key.to_string();
    Command::Set { key, val }
}

fn main() {
    let cmds = vec![make_get("hello".to_string()), make_set("foo", -7)];
    for cmd in cmds {
        match cmd {
            Command::Get { key } => println!("GET {}", key),
            Command::Set { key, val } => println!("SET {} = {}", key, val),
        }
    }
}
