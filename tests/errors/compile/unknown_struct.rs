fn main() {
    let p = Pointy { x: 1 };
}
// expect: 2:13: cannot find struct `Pointy` in this scope
