// Nested fields, structs in vectors and tuples of structs are all places.
#[derive(Debug)]
struct Inner {
    count: u32,
    tags: Vec<String>,
}

#[derive(Debug)]
struct Outer {
    inner: Inner,
    items: Vec<Inner>,
}

fn touch(i: &mut Inner) {
    i.count += 1;
    i.tags.push(format!("t{}", i.count));
}

fn biggest(o: &mut Outer) -> &mut Inner {
    let mut best = 0;
    for (k, it) in o.items.iter().enumerate() {
        if it.count > o.items[best].count {
            best = k;
        }
    }
    &mut o.items[best]
}

fn main() {
    let mut o = Outer {
        inner: Inner { count: 0, tags: vec![] },
        items: vec![Inner { count: 5, tags: vec![] }, Inner { count: 8, tags: vec![] }],
    };
    touch(&mut o.inner);
    touch(&mut o.inner);
    o.inner.count *= 10;
    touch(&mut o.items[0]);
    let b = biggest(&mut o);
    b.count = 100;
    b.tags.push("big".into());
    println!("{:?}", o);
    let mut pairs = vec![(1, 'a'), (2, 'b')];
    for (n, c) in pairs.iter_mut() {
        *n *= 7;
        *c = 'z';
    }
    println!("{:?}", pairs);
    let mut count = 0;
    {
        let r1 = &mut count;
        *r1 += 1;
        let r2 = &mut *r1;
        *r2 += 1;
    }
    println!("count = {}", count);
}
