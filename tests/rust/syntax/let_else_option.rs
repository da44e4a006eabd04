// `let Some(x) = ... else { return ... };` returns early when the pattern does not match.
fn first_char_code(s: &str) -> u32 {
    let Some(c) = s.chars().next() else {
        println!("empty input");
        return 0;
    };
    c as u32
}

fn parse_pair(s: &str) -> Option<(i32, i32)> {
    let Some((a, b)) = s.split_once(',') else { return None };
    let Ok(x) = a.trim().parse::<i32>() else { return None };
    let Ok(y) = b.trim().parse::<i32>() else { return None };
    Some((x, y))
}

fn main() {
    println!("{}", first_char_code("abc"));
    println!("{}", first_char_code(""));
    println!("{:?}", parse_pair("3, 4"));
    println!("{:?}", parse_pair("3; 4"));
    println!("{:?}", parse_pair("x,4"));
}
