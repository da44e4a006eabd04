// Patterns on named-field variants: `{ key, .. }`, renaming `key: k`, literals inside, and guards.
enum Event {
    Click { x: i32, y: i32, button: u8 },
    Key { code: u32, shift: bool },
    Quit,
}

fn describe(e: &Event) -> String {
    match e {
        Event::Click { x: 0, y: 0, .. } => "click at origin".to_string(),
        Event::Click { x, y, button: 1 } => format!("left click at {},{}", x, y),
        Event::Click { button, .. } => format!("button {} click", button),
        Event::Key { code, shift: true } if *code < 128 => format!("shifted ascii {}", code),
        Event::Key { code: c, .. } => format!("key {}", c),
        Event::Quit => "quit".to_string(),
    }
}

fn main() {
    let events = [
        Event::Click { x: 0, y: 0, button: 1 },
        Event::Click { x: 3, y: 4, button: 1 },
        Event::Click { x: 3, y: 4, button: 2 },
        Event::Key { code: 65, shift: true },
        Event::Key { code: 300, shift: true },
        Event::Key { code: 66, shift: false },
        Event::Quit,
    ];
    for e in events.iter() {
        println!("{}", describe(e));
    }
}
