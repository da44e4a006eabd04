// Macros in statement position: several statements, a `stmt` fragment, `block` fragments,
// and a macro used as the value of a block.
macro_rules! log_and_set {
    ($var:ident = $value:expr) => {
        println!("setting {} to {}", stringify!($var), $value);
        $var = $value;
    };
}

macro_rules! run_twice {
    ($b:block) => {
        $b
        $b
    };
}

macro_rules! with_stmt {
    ($s:stmt) => {
        $s;
        println!("statement done");
    };
}

macro_rules! unless {
    ($cond:expr, $body:block) => {
        if !$cond $body
    };
}

macro_rules! pick {
    ($c:expr, $a:expr, $b:expr) => {
        if $c { $a } else { $b }
    };
}

fn value(flag: bool) -> i32 {
    pick!(flag, 1, 2)
}

fn main() {
    let mut n = 0;
    log_and_set!(n = 5);
    println!("{}", n);
    let mut count = 0;
    run_twice!({
        count += 1;
        println!("count {}", count);
    });
    with_stmt!(let y = 3);
    println!("{}", y);
    unless!(n > 10, {
        println!("n is small");
    });
    unless!(n > 1, {
        println!("not printed");
    });
    println!("{} {}", value(true), value(false));
}
