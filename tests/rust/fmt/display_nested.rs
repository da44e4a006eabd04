// A Display that calls another Display: a line of items, each printed by its own impl.
use std::fmt;

struct Item {
    name: String,
    qty: u32,
}

struct Order {
    id: u64,
    items: Vec<Item>,
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} x{}", self.name, self.qty)
    }
}

impl fmt::Display for Order {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "order #{}:", self.id)?;
        for item in &self.items {
            write!(f, " [{}]", item)?;
        }
        Ok(())
    }
}

fn main() {
    let order = Order {
        id: 42,
        items: vec![
            Item { name: String::from("apple"), qty: 3 },
            Item { name: String::from("pear"), qty: 1 },
        ],
    };
    println!("{}", order);
    let text = order.to_string();
    println!("{} chars", text.len());
    let empty = Order { id: 7, items: Vec::new() };
    println!("{}", empty);
}
