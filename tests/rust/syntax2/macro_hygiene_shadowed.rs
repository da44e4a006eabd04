// A macro body's free name means the binding where the macro is defined; when the program binds
// the name again before the invocation, pollscope refuses rather than resolve it at the call.
// expect-error: unsupported: `factor` in this macro body means the binding where the macro is defined
fn main() {
    let factor = 2;
    macro_rules! scale {
        ($e:expr) => {
            $e * factor
        };
    }
    println!("{}", scale!(3));
    let factor = 10;
    println!("{} {}", scale!(4), factor);
}
