// `if let Some(x) = opt.as_mut()` and `&mut opt` patterns bind references into the option.
struct Task {
    retries: Option<u32>,
    label: Option<String>,
}

fn main() {
    let mut opt = Some(1);
    if let Some(x) = opt.as_mut() {
        *x += 41;
    }
    println!("{:?}", opt);
    if let Some(x) = &mut opt {
        *x *= 2;
    }
    println!("{:?}", opt);
    match &mut opt {
        Some(n) if *n > 50 => *n = 0,
        _ => {}
    }
    println!("{:?}", opt);
    let mut t = Task { retries: Some(3), label: Some("job".to_string()) };
    if let Some(r) = t.retries.as_mut() {
        *r -= 1;
    }
    if let Some(l) = &mut t.label {
        l.push_str("-1");
    }
    println!("{:?} {:?}", t.retries, t.label);
    let mut pair = (1, 2);
    let (a, b) = &mut pair;
    *a += 10;
    *b += 20;
    println!("{:?}", pair);
}
