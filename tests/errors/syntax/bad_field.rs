// expect: 5:7: expected field, method or `await` after `.`, found `;`
// expect: 6:15: invalid tuple index `0x`
fn main() {
    let x = 5;
    x.;
    let y = x.0x;
}
