// expect: 4:9: expected pattern, found `=`
// expect: 5:13: expected expression, found `;`
fn main() {
    let = 5;
    let y = ;
    let z = 3;
}
