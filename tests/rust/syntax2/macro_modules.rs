// `#[macro_export]` macros called through `crate::`, macros defined in modules and used after
// them, and a macro that uses `$crate` to reach a function.
mod util {
    pub fn double(x: i32) -> i32 {
        x * 2
    }

    #[macro_export]
    macro_rules! doubled {
        ($e:expr) => {
            $crate::util::double($e)
        };
    }

    macro_rules! local_greet {
        ($who:expr) => {
            format!("hello, {}", $who)
        };
    }

    pub fn greet(name: &str) -> String {
        local_greet!(name)
    }
}

#[macro_use]
mod shapes {
    macro_rules! area {
        (square $s:expr) => { $s * $s };
        (rect $w:expr, $h:expr) => { $w * $h };
    }
}

#[allow(unused_macros)]
macro_rules! unused {
    () => {};
}

fn main() {
    println!("{}", doubled!(21));
    println!("{}", crate::doubled!(5));
    println!("{}", util::greet("Ann"));
    println!("{} {}", area!(square 3), area!(rect 2, 5));
}
