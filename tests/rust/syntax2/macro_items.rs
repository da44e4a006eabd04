// Macros that expand to items: functions, structs with impls, and trait impls for several types.
use std::fmt;

macro_rules! make_adder {
    ($name:ident, $n:expr) => {
        fn $name(x: i32) -> i32 {
            x + $n
        }
    };
}

make_adder!(add_one, 1);
make_adder!(add_ten, 10);

macro_rules! point_struct {
    ($name:ident { $($field:ident: $ty:ty),* }) => {
        #[derive(Debug, Clone)]
        struct $name {
            $($field: $ty),*
        }

        impl $name {
            fn describe(&self) -> String {
                let mut parts = Vec::new();
                $(parts.push(format!("{}={:?}", stringify!($field), self.$field));)*
                format!("{}({})", stringify!($name), parts.join(", "))
            }
        }
    };
}

point_struct!(Point { x: i32, y: i32 });
point_struct!(Label { text: String, size: u8 });

trait Shout {
    fn shout(&self) -> String;
}

macro_rules! impl_shout {
    ($($t:ty),+) => {
        $(
            impl Shout for $t {
                fn shout(&self) -> String {
                    format!("{}!", self)
                }
            }
        )+
    };
}

impl_shout!(i32, String);

struct Meters(f64);

macro_rules! impl_display {
    ($t:ident, $unit:literal) => {
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
                write!(f, "{} {}", self.0, $unit)
            }
        }
    };
}

impl_display!(Meters, "m");

fn main() {
    println!("{} {}", add_one(5), add_ten(5));
    let p = Point { x: 1, y: -2 };
    println!("{}", p.describe());
    println!("{:?}", p.clone());
    let l = Label { text: "hi".to_string(), size: 12 };
    println!("{}", l.describe());
    println!("{} {}", 7.shout(), String::from("hey").shout());
    println!("{}", Meters(2.5));
}
