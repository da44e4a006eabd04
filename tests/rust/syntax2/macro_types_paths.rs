// `ty`, `path`, `pat` and `tt` fragments.
macro_rules! cast {
    ($e:expr => $t:ty) => {
        $e as $t
    };
}

macro_rules! new_of {
    ($p:path) => {
        $p()
    };
}

macro_rules! is_match {
    ($e:expr, $p:pat) => {
        match $e {
            $p => true,
            _ => false,
        }
    };
}

macro_rules! typed_vec {
    ($t:ty; $($x:expr),*) => {{
        let v: Vec<$t> = vec![$($x),*];
        v
    }};
}

macro_rules! apply {
    ($f:tt, $($arg:tt)*) => {
        $f($($arg)*)
    };
}

fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    let v: Vec<u8> = new_of!(Vec::new);
    println!("{:?}", v);
    let s: String = new_of!(std::string::String::new);
    println!("[{}]", s);
    println!("{}", is_match!(Some(3), Some(1..=5)));
    println!("{}", is_match!(Some(9), Some(1..=5)));
    println!("{}", is_match!(7, 1 | 7 | 9));
    let w = typed_vec!(u8; 1, 2, 250);
    println!("{:?}", w);
    println!("{}", apply!(add, 2, 3));
    let big = 300;
    println!("{} {} {}", cast!(big => u8), cast!(-1i32 => u32), cast!(2.9 => i64));
}
