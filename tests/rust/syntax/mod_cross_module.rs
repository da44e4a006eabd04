// Items of one module used from another through use super::, crate:: and self:: paths, including an impl in a sibling module.
mod config {
    pub const LIMIT: u32 = 3;
    pub fn limit() -> u32 { self::LIMIT * 2 }
    pub mod deep {
        use super::LIMIT;
        pub fn twice() -> u32 { LIMIT + super::LIMIT }
    }
}
mod model {
    #[derive(Debug)]
    pub struct Item { pub n: u32 }
}
mod logic {
    use super::model::Item;
    use crate::config;
    impl Item {
        pub fn bump(&mut self) { self.n += config::LIMIT; }
    }
    pub fn make() -> Item { Item { n: config::deep::twice() } }
}
use model::Item;
#[tokio::main]
async fn main() {
    let mut it = logic::make();
    it.bump();
    println!("{:?} {} {}", it, config::limit(), config::LIMIT);
    let v = 'blk: {
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        if it.n > 5 { break 'blk it.n; }
        0
    };
    let h = tokio::spawn(async move {
        let Some(x) = Some(v) else { return 0 };
        x + 1
    });
    println!("{} {:?}", v, h.await);
    let d = Item { n: 0 };
    println!("{:?}", d);
}
