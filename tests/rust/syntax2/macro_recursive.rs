// Recursive macros: counting, reversing and a tt muncher.
macro_rules! count {
    () => { 0usize };
    ($head:tt $($tail:tt)*) => { 1usize + count!($($tail)*) };
}

macro_rules! reverse_vec {
    (@acc [$($acc:expr),*]) => { vec![$($acc),*] };
    (@acc [$($acc:expr),*] $head:expr $(, $rest:expr)*) => {
        reverse_vec!(@acc [$head $(, $acc)*] $($rest),*)
    };
    ($($x:expr),*) => { reverse_vec!(@acc [] $($x),*) };
}

macro_rules! calc {
    (eval $e:expr) => {
        println!("{} = {}", stringify!($e), $e)
    };
    (eval $e:expr, $(eval $es:expr),+) => {{
        calc! { eval $e }
        calc! { $(eval $es),+ }
    }};
}

macro_rules! fib {
    (0) => { 0u64 };
    (1) => { 1u64 };
    ($n:expr) => { fib_fn($n) };
}

fn fib_fn(n: u64) -> u64 {
    if n < 2 { n } else { fib_fn(n - 1) + fib_fn(n - 2) }
}

fn main() {
    println!("{}", count!());
    println!("{}", count!(a b c d));
    println!("{}", count!((1, 2) [3] {4} x));
    let v: Vec<i32> = reverse_vec![1, 2, 3, 4];
    println!("{:?}", v);
    calc! {
        eval 1 + 2,
        eval (1 + 2) * (3 / 4),
        eval 10 - 3 * 2
    }
    println!("{} {} {}", fib!(0), fib!(1), fib!(10));
}
