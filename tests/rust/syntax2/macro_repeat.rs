// Repetitions: `$( ... ),*` with a separator, `$( ... );*`, `$( ... )+`, an optional trailing
// comma, and nesting.
macro_rules! sum {
    ($($x:expr),* $(,)?) => {
        0 $(+ $x)*
    };
}

macro_rules! my_vec {
    ($($x:expr),*) => {{
        let mut v = Vec::new();
        $(v.push($x);)*
        v
    }};
}

macro_rules! max_of {
    ($x:expr) => { $x };
    ($x:expr, $($rest:expr),+) => {{
        let a = $x;
        let b = max_of!($($rest),+);
        if a > b { a } else { b }
    }};
}

macro_rules! print_all {
    ($($label:literal => $value:expr);*) => {
        $(println!("{}: {}", $label, $value);)*
    };
}

macro_rules! table {
    ($($row:ident: [$($cell:expr),*]);+ $(;)?) => {
        $(
            print!("{}:", stringify_row(stringify_ident!($row)));
            $(print!(" {}", $cell);)*
            println!();
        )+
    };
}

macro_rules! stringify_ident {
    ($i:ident) => {
        stringify!($i)
    };
}

fn stringify_row(s: &str) -> String {
    s.to_uppercase()
}

fn main() {
    println!("{}", sum!());
    println!("{}", sum!(1));
    println!("{}", sum!(1, 2, 3,));
    let v: Vec<i32> = my_vec![10, 20, 30];
    println!("{:?}", v);
    let e: Vec<i32> = my_vec![];
    println!("{:?}", e);
    println!("{}", max_of!(3, 9, 4, 1));
    print_all!("one" => 1; "two" => 1 + 1; "three" => sum!(1, 1, 1));
    table! {
        first: [1, 2, 3];
        second: [4];
        third: [];
    }
}
