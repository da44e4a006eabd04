// `macro_rules!` hygiene: a `let` in a macro body does not capture the caller's names, and
// an identifier passed in binds a variable the caller can use.
macro_rules! add_one_to {
    ($e:expr) => {{
        let a = 1;
        $e + a
    }};
}

macro_rules! square_of {
    ($x:expr) => {{
        let x = $x;
        x * x
    }};
}

macro_rules! make_var {
    ($name:ident, $value:expr) => {
        let $name = $value;
    };
}

macro_rules! swap_names {
    ($a:ident, $b:ident) => {
        let tmp = $a;
        $a = $b;
        $b = tmp;
    };
}

macro_rules! count_up {
    ($v:ident, $n:expr) => {
        for i in 0..$n {
            $v.push(i);
        }
    };
}

fn main() {
    let a = 10;
    println!("{}", add_one_to!(a));
    println!("{}", add_one_to!(a * 2));
    let x = 4;
    println!("{}", square_of!(x + 1));
    println!("{}", x);
    make_var!(total, 7 * 6);
    println!("{}", total);
    let mut p = 1;
    let mut q = 2;
    let tmp = "caller's tmp";
    swap_names!(p, q);
    println!("{} {} {}", p, q, tmp);
    let mut v = Vec::new();
    let i = 100;
    count_up!(v, 3);
    println!("{:?} {}", v, i);
    let b = 5;
    let show = {
        let b = b * 10;
        format!("{}", add_one_to!(b))
    };
    println!("{} {}", show, b);
}
