// The std natives through the whole pipeline: each test compiles a small
// program, runs it, and compares what it printed with what rustc's build of
// the same program prints.
#include <gtest/gtest.h>

#include <string>

#include "lang/session/session.h"

namespace ps::lang {
namespace {

struct Outcome {
  std::string out, err;
  bool panicked = false;
};

Outcome run(const std::string& body) {
  Session s("fn main() {\n" + body + "\n}\n", RunConfig{});
  Outcome r;
  if (!s.compiled()) {
    for (const Diagnostic& d : s.diagnostics()) r.err += d.message + "\n";
    ADD_FAILURE() << "does not compile:\n" << r.err;
    return r;
  }
  s.advance();
  const Trace& t = s.trace();
  for (const Event& e : t.events())
    if (e.kind == EventKind::Output) (e.b ? r.err : r.out) += std::string(t.str(e.a));
  r.panicked = s.main_panicked();
  return r;
}

std::string out(const std::string& body) {
  Outcome r = run(body);
  EXPECT_FALSE(r.panicked) << r.err;
  return r.out;
}

TEST(NativesStd, VecMethodsMutateInPlace) {
  EXPECT_EQ(out(R"(
    let mut v = vec![3, 1, 2];
    v.push(5);
    v.sort();
    v.insert(0, 9);
    let last = v.pop();
    v.retain(|x| *x != 1);
    println!("{:?} {:?} {}", v, last, v.len());
    v.reverse();
    v.truncate(2);
    println!("{:?} {:?} {:?}", v, v.first(), v.get(7));)"),
            "[9, 2, 3] Some(5) 3\n[3, 2] Some(3) None\n");
}

TEST(NativesStd, SortByAndDrain) {
  EXPECT_EQ(out(R"(
    let mut v = vec![(2, 'b'), (1, 'z'), (2, 'a')];
    v.sort_by(|a, b| b.0.cmp(&a.0));
    println!("{:?}", v);
    v.sort_by_key(|p| p.1);
    let d: Vec<_> = v.drain(..2).collect();
    println!("{:?} {:?}", d, v);)"),
            "[(2, 'b'), (2, 'a'), (1, 'z')]\n[(2, 'a'), (2, 'b')] [(1, 'z')]\n");
}

TEST(NativesStd, IteratorAdaptersAreLazyAndOrdered) {
  EXPECT_EQ(out(R"(
    let v: Vec<i32> = (1..=10).filter(|x| x % 2 == 0).map(|x| x * x).collect();
    println!("{:?}", v);
    let s: i32 = v.iter().sum();
    println!("{} {:?} {:?}", s, v.iter().max(), v.iter().position(|&x| x == 36));
    for (i, c) in "héllo".chars().enumerate().rev().take(2) {
        println!("{} {}", i, c);
    }
    let z: Vec<(i32, char)> = (1..4).zip("xyz".chars()).collect();
    println!("{:?} {:?}", z, (0..10).step_by(4).collect::<Vec<_>>());
    let mut it = (1..).map(|x| { println!("map {}", x); x * 10 });
    println!("{:?}", it.next());)"),
            "[4, 16, 36, 64, 100]\n220 Some(100) Some(2)\n4 o\n3 l\n[(1, 'x'), (2, 'y'), (3, 'z')] [0, 4, 8]\n"
            "map 1\nSome(10)\n");
}

TEST(NativesStd, FoldAnyAllFindMinByKey) {
  EXPECT_EQ(out(R"(
    let words = vec!["apple", "fig", "banana"];
    println!("{}", (1..5).fold(0, |a, x| a + x));
    println!("{} {}", words.iter().any(|w| w.len() == 3), words.iter().all(|w| w.len() > 3));
    println!("{:?} {:?}", words.iter().find(|w| w.starts_with('b')), words.iter().min_by_key(|w| w.len()));
    println!("{:?}", words.iter().max_by_key(|w| w.len()));)"),
            "10\ntrue false\nSome(\"banana\") Some(\"fig\")\nSome(\"banana\")\n");
}

TEST(NativesStd, StringMethods) {
  EXPECT_EQ(out(R"(
    let mut s = String::from("Hello");
    s.push_str(", world");
    s.push('!');
    println!("{} {} {}", s, s.len(), s.to_uppercase());
    println!("{:?}", "a,b,,c".split(',').collect::<Vec<_>>());
    println!("{:?}", "  two  words ".split_whitespace().collect::<Vec<_>>());
    println!("[{}] {} {:?}", "  hi ".trim(), "abc".replace("b", "XY"), "héllo".find('l'));
    println!("{} {}", "é".len(), "é".chars().count());
    println!("{:?}", "line1\nline2\n".lines().collect::<Vec<_>>());)"),
            "Hello, world! 13 HELLO, WORLD!\n[\"a\", \"b\", \"\", \"c\"]\n[\"two\", \"words\"]\n"
            "[hi] aXYc Some(3)\n2 1\n[\"line1\", \"line2\"]\n");
}

TEST(NativesStd, ParseGivesRustValuesAndErrors) {
  EXPECT_EQ(out(R"(
    println!("{:?} {:?}", "42".parse::<i32>(), "-7".parse::<i64>());
    println!("{:?}", "2.5".parse::<f64>());
    println!("{:?}", "4x2".parse::<i32>());
    let e = "".parse::<i32>().unwrap_err();
    println!("{:?} {}", e, e.to_string());)"),
            "Ok(42) Ok(-7)\nOk(2.5)\nErr(ParseIntError { kind: InvalidDigit })\n"
            "ParseIntError { kind: Empty } cannot parse integer from empty string\n");
}

TEST(NativesStd, OptionAndResult) {
  EXPECT_EQ(out(R"(
    let a: Option<i32> = Some(2);
    let b: Option<i32> = None;
    println!("{:?} {:?} {}", a.map(|x| x + 1), b.or(Some(9)), b.unwrap_or(5));
    println!("{:?} {:?}", a.and_then(|x| if x > 1 { Some(x * 10) } else { None }), a.filter(|x| *x > 5));
    let r: Result<i32, String> = Err("bad".to_string());
    println!("{:?} {:?} {}", r.clone().ok(), r.clone().map_err(|e| e.len()), r.is_err());
    println!("{:?}", a.ok_or("none"));)"),
            "Some(3) Some(9) 5\nSome(20) None\nNone Err(3) true\nOk(2)\n");
}

TEST(NativesStd, PanicMessagesAreRusts) {
  Outcome r = run(R"(let b: Option<i32> = None; b.unwrap();)");
  EXPECT_TRUE(r.panicked);
  EXPECT_NE(r.err.find("called `Option::unwrap()` on a `None` value"), std::string::npos) << r.err;
  r = run(R"(let r: Result<i32, String> = Err("boom".to_string()); r.expect("wanted");)");
  EXPECT_NE(r.err.find("wanted: \"boom\""), std::string::npos) << r.err;
  r = run(R"(assert_eq!(1 + 1, 3, "math is {}", "broken");)");
  EXPECT_NE(r.err.find("assertion `left == right` failed: math is broken\n  left: 2\n right: 3"), std::string::npos)
      << r.err;
  r = run(R"(let mut v = vec![1]; v.remove(4);)");
  EXPECT_NE(r.err.find("removal index (is 4) should be < len (is 1)"), std::string::npos) << r.err;
}

TEST(NativesStd, MutexRefCellAndCell) {
  EXPECT_EQ(out(R"(
    let m = std::sync::Arc::new(std::sync::Mutex::new(vec![1]));
    {
        let mut g = m.lock().unwrap();
        g.push(2);
    }
    println!("{:?}", m.lock().unwrap());
    let c = std::rc::Rc::new(std::cell::RefCell::new(5));
    *c.borrow_mut() += 1;
    println!("{}", c.borrow());
    let k = std::cell::Cell::new(3);
    k.set(k.get() + 1);
    println!("{}", k.get());)"),
            "[1, 2]\n6\n4\n");
  Outcome r = run(R"(let c = std::cell::RefCell::new(1); let _a = c.borrow_mut(); let _b = c.borrow_mut();)");
  EXPECT_NE(r.err.find("RefCell already borrowed"), std::string::npos) << r.err;
}

TEST(NativesStd, DurationsAndScalars) {
  EXPECT_EQ(out(R"(
    let d = std::time::Duration::from_millis(1500);
    println!("{:?} {} {} {}", d, d.as_secs(), d.as_millis(), d.as_secs_f64());
    let e = d + std::time::Duration::from_secs(2);
    println!("{:?} {}", e * 2, e > d);
    println!("{} {:?} {} {}", (-7i32).abs(), 250i32.checked_add(10), 2.0f64.sqrt(), 7.5f64.floor());
    println!("{} {:?} {}", 'x'.is_alphabetic(), '7'.to_digit(10), 'q'.to_ascii_uppercase());
    println!("{} {}", std::cmp::max(3, 9), 10.min(4));)"),
            "1.5s 1 1500 1.5\n7s true\n7 Some(260) 1.4142135623730951 7\ntrue Some(7) Q\n9 4\n");
}

TEST(NativesStd, DbgPrintsPrettyDebugToStderr) {
  Outcome r = run(R"(let x = dbg!(vec![1, 2]); println!("{}", x.len());)");
  EXPECT_EQ(r.out, "2\n");
  EXPECT_EQ(r.err, "[src/main.rs:2:9] vec![1, 2] = [\n    1,\n    2,\n]\n");
}

}  // namespace
}  // namespace ps::lang
