// Methods on an enum with named-field variants: `match self`, `Self::Variant { .. }` and if let.
#[derive(Debug, Clone, PartialEq)]
enum Account {
    Open { owner: String, balance: i64 },
    Closed { owner: String },
}

impl Account {
    fn open(owner: &str) -> Self {
        Self::Open { owner: owner.to_string(), balance: 0 }
    }

    fn owner(&self) -> &str {
        match self {
            Account::Open { owner, .. } | Account::Closed { owner } => owner,
        }
    }

    fn deposit(self, amount: i64) -> Self {
        match self {
            Self::Open { owner, balance } => Self::Open { owner, balance: balance + amount },
            closed => closed,
        }
    }

    fn close(self) -> Self {
        Account::Closed { owner: self.owner().to_string() }
    }
}

fn main() {
    let a = Account::open("ann").deposit(50).deposit(-20);
    println!("{:?}", a);
    if let Account::Open { balance, .. } = &a {
        println!("balance {}", balance);
    }
    let b = a.clone().close();
    println!("{:?} owner={}", b, b.owner());
    println!("{}", b == Account::Closed { owner: "ann".to_string() });
    println!("{:?}", b.deposit(5));
}
