// Tests for lang/parser.h: the article's listings, tricky precedence and syntax, recovery, and
// the bounds on nesting and size.
#include "lang/syntax/parser.h"

#include <gtest/gtest.h>

#include <string>

#include "lang/syntax/ast_dump.h"
#include "lang/syntax/lexer.h"

namespace ps::lang {
namespace {

// The first listing of the article, as a reader would copy it.
constexpr const char* kLazyFuture = R"rust(use std::time::Duration;
async fn complex_calculation() {
println!("(2) Starting calculation...");
tokio::time::sleep(Duration::from_secs(1)).await;
println!("(3) Calculation finished!");
}
#[tokio::main]
async fn main() {
println!("(1) Calling the function...");
// ⚠️ NOTHING HAPPENS HERE
// The function is called, but the code inside isn't executed yet.
// It returns a 'Future' state machine.
let my_future = complex_calculation();
println!("(4) I haven't awaited it yet, so nothing printed above.");
// 🚀 NOW the runtime starts pulling the future
my_future.await;
}
)rust";

// The second listing of the article (CountdownFuture).
constexpr const char* kCountdown = R"rust(use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;// 1. The State Machine
// This struct holds the state of our operation.
// In a generated async block, this would hold all your local variables.
struct CountdownFuture {
count: u32,
}
impl CountdownFuture {
fn new(count: u32) -> Self {
Self { count }
}
}
// 2. The Implementation
impl Future for CountdownFuture {
// This is what the future returns when it finishes.
type Output = String;
fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
// Access the inner count
if self.count == 0 {
// BASE CASE: We are done!
return Poll::Ready("Blastoff! 🚀".to_string());
} else {
// PROGRESS CASE: We are not done yet.
println!("Counting down: {}", self.count);
// Decrement our state
self.count -= 1;
// ⚠️ CRITICAL STEP: The Waker
// If we returned Pending without doing this, the runtime would
// put this task to sleep and NEVER check it again (a deadlock).
// By calling `wake_by_ref()`, we tell the runtime:
// "I made progress! Put me back in the queue to be polled again immediately."
cx.waker().wake_by_ref();
// Return Pending to yield control back to the executor
return Poll::Pending;
}
}
}
// 3. Using it
#[tokio::main]
async fn main() {
let countdown = CountdownFuture::new(3);
// The runtime will poll this ~4 times until it returns Ready
let result = countdown.await;
println!("{}", result);
}
)rust";

std::string diagnostics_text(const ParseResult& r) {
  std::string out;
  for (const Diagnostic& d : r.diagnostics) out += to_string(d) + "\n";
  return out;
}

// Parses `fn main() { <body> }` and returns the dump of main's body block.
std::string body(const std::string& src) {
  ParseResult r = parse("fn main() {" + src + "}");
  EXPECT_TRUE(r.ok()) << src << "\n" << diagnostics_text(r);
  if (r.ast->items.empty()) return "<no items>";
  const FnItem* fn = r.ast->items[0]->as<FnItem>();
  return fn && fn->body ? dump(fn->body) : "<no body>";
}

// The dump of a single expression statement or tail.
std::string expr(const std::string& src) {
  std::string b = body(src);
  return b.size() >= 2 ? b.substr(1, b.size() - 2) : b;
}

TEST(Parser, LazyFutureListingParses) {
  ParseResult r = parse(kLazyFuture);
  EXPECT_EQ(diagnostics_text(r), "");
  ASSERT_EQ(r.ast->items.size(), 3u);
  const FnItem* main = r.ast->main();
  ASSERT_NE(main, nullptr);
  EXPECT_TRUE(main->is_async);
  EXPECT_TRUE(r.ast->items[2]->has_attr("tokio::main"));
  EXPECT_EQ(dump(r.ast->items[1]),
            "(async-fn complex_calculation () {(println! (fmt \"(2) Starting calculation...\")); "
            "(await (call tokio::time::sleep (call Duration::from_secs 1))); "
            "(println! (fmt \"(3) Calculation finished!\"));})");
}

TEST(Parser, CountdownListingParses) {
  ParseResult r = parse(kCountdown);
  EXPECT_EQ(diagnostics_text(r), "");
  ASSERT_EQ(r.ast->items.size(), 8u);
  EXPECT_EQ(dump(r.ast->items[2]), "(use std::task::Context std::task::Poll)");
  EXPECT_EQ(dump(r.ast->items[4]), "(struct CountdownFuture (count u32))");
  EXPECT_EQ(dump(r.ast->items[5]), "(impl CountdownFuture (fn new (count) -> Self {(struct Self count)}))");
  const ImplItem* impl = r.ast->items[6]->as<ImplItem>();
  ASSERT_NE(impl, nullptr);
  ASSERT_TRUE(impl->trait_path.has_value());
  EXPECT_EQ(impl->trait_path->text(), "Future");
  EXPECT_EQ(impl->self_type.text, "CountdownFuture");
  ASSERT_EQ(impl->items.size(), 2u);
  EXPECT_EQ(dump(impl->items[0]), "(type Output String)");
  const FnItem* poll = impl->items[1]->as<FnItem>();
  ASSERT_NE(poll, nullptr);
  ASSERT_TRUE(poll->self_param.has_value());
  EXPECT_TRUE(poll->self_param->is_mut);
  EXPECT_EQ(poll->self_param->type->text, "Pin<&mut Self>");
  EXPECT_EQ(poll->params[0].type.text, "&mut Context<'_>");
  EXPECT_EQ(poll->return_type->text, "Poll<Self::Output>");
  EXPECT_EQ(dump(poll->body),
            "{(if (== (. self count) 0) {(return (call Poll::Ready (method \"Blastoff! 🚀\" "
            "to_string)));} else {(println! (fmt \"Counting down: \" {0}) (. self count)); "
            "(-= (. self count) 1); (method (method cx waker) wake_by_ref); "
            "(return Poll::Pending);})}");
}

TEST(Parser, SpansAreOneBasedAndCountCodePoints) {
  ParseResult r = parse("fn main() {\n    let s = \"🚀\"; let t = 1;\n}");
  ASSERT_TRUE(r.ok());
  const Block* b = r.ast->main()->body;
  ASSERT_EQ(b->stmts.size(), 2u);
  EXPECT_EQ(b->stmts[1]->span.line, 2u);
  EXPECT_EQ(b->stmts[1]->span.col, 18u);
}

TEST(Parser, BinaryPrecedenceFollowsRust) {
  EXPECT_EQ(expr("1 + 2 * 3"), "(+ 1 (* 2 3))");
  EXPECT_EQ(expr("1 - 2 - 3"), "(- (- 1 2) 3)");
  EXPECT_EQ(expr("a || b && c == d"), "(|| a (&& b (== c d)))");
  EXPECT_EQ(expr("a & b | c ^ d"), "(| (& a b) (^ c d))");
  EXPECT_EQ(expr("1 << 2 + 3"), "(<< 1 (+ 2 3))");
  EXPECT_EQ(expr("-x.y * 2"), "(* (- (. x y)) 2)");
  EXPECT_EQ(expr("!a == b"), "(== (! a) b)");
  EXPECT_EQ(expr("x as u64 * 2"), "(* (as x u64) 2)");
  EXPECT_EQ(expr("-1 as i64"), "(as (- 1) i64)");
  EXPECT_EQ(expr("(1 + 2) * 3"), "(* (+ 1 2) 3)");
  EXPECT_EQ(expr("a = b = c"), "(= a (= b c))");
  EXPECT_EQ(expr("x += 1 + 2"), "(+= x (+ 1 2))");
  EXPECT_EQ(expr("0..n + 1"), "(.. 0 (+ n 1))");
  EXPECT_EQ(expr("a..=b"), "(..= a b)");
  EXPECT_EQ(expr(".."), "(.. _ _)");
  EXPECT_EQ(expr("&mut *x"), "(&mut (* x))");
  EXPECT_EQ(expr("&&x"), "(& (& x))");
}

TEST(Parser, StructLiteralsAreNotAllowedInConditions) {
  EXPECT_EQ(expr("if x == y { 1 } else { 2 }"), "(if (== x y) {1} else {2})");
  EXPECT_EQ(expr("while running { tick(); }"), "(while running {(call tick);})");
  EXPECT_EQ(expr("match state { _ => 0 }"), "(match state (_ => 0))");
  EXPECT_EQ(expr("for i in 0..n { }"), "(for i (.. 0 n) {})");
  EXPECT_EQ(expr("for i in 0.. { }"), "(for i (.. 0 _) {})");
  EXPECT_EQ(expr("if (Point { x: 1 }).x == 1 { }"), "(if (== (. (struct Point (x 1)) x) 1) {})");
  EXPECT_EQ(expr("let p = Point { x: 1, y }; p"), "(let p (struct Point (x 1) y)); p");
  EXPECT_EQ(expr("Foo { a: 1, ..base }"), "(struct Foo (a 1) ..base)");
}

TEST(Parser, AwaitChainsTryAndTurbofish) {
  EXPECT_EQ(expr("rx.recv().await.unwrap()"), "(method (await (method rx recv)) unwrap)");
  EXPECT_EQ(expr("fetch(url).await?.text().await?"), "(? (await (method (? (await (call fetch url))) text)))");
  EXPECT_EQ(expr("v.iter().map(|x| x * 2).collect::<Vec<_>>()"),
            "(method (method (method v iter) map (|x| (* x 2))) collect::<>)");
  EXPECT_EQ(expr("Vec::<u8>::new()"), "(call Vec::<>::new)");
  EXPECT_EQ(expr("\"5\".parse::<i32>()"), "(method \"5\" parse::<>)");
  EXPECT_EQ(expr("t.0.1 + t.2"), "(+ (. (. t 0) 1) (. t 2))");
  EXPECT_EQ(expr("a[i][j]"), "(index (index a i) j)");
}

TEST(Parser, Closures) {
  EXPECT_EQ(expr("|x| x + 1"), "(|x| (+ x 1))");
  EXPECT_EQ(expr("move || { done() }"), "(move || {(call done)})");
  EXPECT_EQ(expr("|a: i32, b| -> i32 { a + b }"), "(|a: i32 b| {(+ a b)})");
  EXPECT_EQ(expr("|(a, b)| a"), "(|(tuple a b)| a)");
  EXPECT_EQ(expr("std::thread::spawn(move || { std::thread::sleep(d); w.wake(); })"),
            "(call std::thread::spawn (move || {(call std::thread::sleep d); (method w wake);}))");
}

TEST(Parser, AsyncBlocks) {
  EXPECT_EQ(expr("let f = async { 1 }; f"), "(let f (async {1})); f");
  EXPECT_EQ(expr("tokio::spawn(async move { work().await })"),
            "(call tokio::spawn (async move {(await (call work))}))");
}

TEST(Parser, IfLetWhileLetAndElseIf) {
  EXPECT_EQ(expr("if let Some(v) = o { v } else if x > 3 { 1 } else { 0 }"),
            "(if-let (Some v) o {v} else (if (> x 3) {1} else {0}))");
  EXPECT_EQ(expr("while let Some(v) = rx.recv().await { println!(\"{}\", v); }"),
            "(while-let (Some v) (await (method rx recv)) {(println! (fmt {0}) v);})");
}

TEST(Parser, MatchArmsPatternsAndGuards) {
  EXPECT_EQ(expr("match p { Poll::Ready(v) => v, Poll::Pending => 0 }"),
            "(match p ((Poll::Ready v) => v) (Poll::Pending => 0))");
  EXPECT_EQ(expr("match x { -1 => a, 0 | 1 => b, n if n > 3 => c, 4..=9 => d, _ => e }"),
            "(match x ((- 1) => a) ((| 0 1) => b) (n if (> n 3) => c) ((..= 4 9) => d) (_ => e))");
  EXPECT_EQ(expr("match r { Ok(v) => { v } Err(e) => return e, }"),
            "(match r ((Ok v) => {v}) ((Err e) => (return e)))");
  EXPECT_EQ(expr("match t { (a, _) => a, Point { x, y: 0 } => x, None => 0 }"),
            "(match t ((tuple a _) => a) ((struct Point (x x) (y 0)) => x) (None => 0))");
  EXPECT_EQ(expr("match v { ref mut x => 1, s @ 1..=5 => 2, &y => 3, [a, .., b] => 4 }"),
            "(match v (ref mut x => 1) (s @ (..= 1 5) => 2) ((& y) => 3) ([a .. b] => 4))");
}

TEST(Parser, LetPatterns) {
  EXPECT_EQ(body("let mut x = 1; let (a, mut b) = (1, 2); let _ = f(); let y: u32;"),
            "{(let mut x 1); (let (tuple a mut b) (tuple 1 2)); (let _ (call f)); (let y);}");
}

TEST(Parser, BlocksAndTails) {
  EXPECT_EQ(body("let x = { 1 }; if a { b() } c"), "{(let x {1}); (if a {(call b)}) c}");
  EXPECT_EQ(body("loop { break 5; } 'outer: for i in v { continue 'outer; }"),
            "{(loop {(break 5);}) 'outer: (for i v {(continue 'outer);})}");
  EXPECT_EQ(body("match x { _ => 1 }.to_string();"), "{(method (match x (_ => 1)) to_string);}");
  EXPECT_EQ(body("fn helper() -> u8 { 1 } helper()"), "{(fn helper () -> u8 {1}) (call helper)}");
  EXPECT_EQ(expr("return;"), "(return);");
  EXPECT_EQ(expr("[0; 4]"), "[0; 4]");
  EXPECT_EQ(expr("[1, 2, 3]"), "[1 2 3]");
  EXPECT_EQ(expr("()"), "()");
  EXPECT_EQ(expr("(1,)"), "(tuple 1)");
}

TEST(Parser, FormatMacros) {
  EXPECT_EQ(expr("println!(\"{} {:?} {name} {0} {:>8} {{x}}\", a, b, c, name = d)"),
            "(println! (fmt {0} \" \" {1:?} \" \" {name} \" \" {0} \" \" {2:>8} \" {x}\") a b c "
            "name=d)");
  EXPECT_EQ(expr("format!(\"{:<5}|{:^5}|{:08.3}|{:#?}|{:x}|{:*>4}\", a, b, c, d, e, f)"),
            "(format! (fmt {0:<5} \"|\" {1:^5} \"|\" {2:08.3} \"|\" {3:#?} \"|\" {4:x} \"|\" "
            "{5:*>4}) a b c d e f)");
  EXPECT_EQ(expr("println!(\"{x} {:width$}\", y, width = 6)"), "(println! (fmt {x} \" \" {0:width$}) y width=6)");
  EXPECT_EQ(expr("assert_eq!(a, b, \"values differ: {}\", a)"), "(assert_eq! a b (fmt \"values differ: \" {0}) a)");
  EXPECT_EQ(expr("assert!(ok)"), "(assert! ok)");
  EXPECT_EQ(expr("vec![1, 2]"), "(vec! 1 2)");
  EXPECT_EQ(expr("vec![0; n]"), "(vec! 0 ; n)");
  EXPECT_EQ(expr("matches!(p, Poll::Ready(_) | Poll::Pending if x)"),
            "(matches! p (| (Poll::Ready _) Poll::Pending) if x)");
  EXPECT_EQ(expr("panic!()"), "(panic!)");
}

TEST(Parser, FormatStringPiecesCarryCaptures) {
  ParseResult r = parse("fn main() { println!(\"{x}\"); }");
  ASSERT_TRUE(r.ok());
  const Expr* e = r.ast->main()->body->stmts[0]->as<ExprStmt>()->expr;
  const MacroExpr* m = e->as<MacroExpr>();
  ASSERT_NE(m, nullptr);
  ASSERT_TRUE(m->format.has_value());
  ASSERT_EQ(m->format->pieces.size(), 1u);
  EXPECT_EQ(m->format->pieces[0].arg.kind, FormatArgRef::Kind::Capture);
  EXPECT_EQ(m->format->pieces[0].arg.name, "x");
  EXPECT_EQ(m->format->pieces[0].span.col, 23u);
}

TEST(Parser, JoinAndSelectMacros) {
  EXPECT_EQ(expr("tokio::join!(a(), b())"), "(join! (call a) (call b))");
  EXPECT_EQ(expr("futures::join!(a, b,)"), "(join! a b)");
  EXPECT_EQ(expr("tokio::try_join!(a, b)?"), "(? (try_join! a b))");
  EXPECT_EQ(body("tokio::select! {\n"
                 "  biased;\n"
                 "  v = rx.recv() => println!(\"{:?}\", v),\n"
                 "  _ = sleep(d), if armed => { timeout() }\n"
                 "  Some(x) = stream.next() => x,\n"
                 "  else => break,\n"
                 "}"),
            "{(select! biased (branch v (method rx recv) => (println! (fmt {0:?}) v)) "
            "(branch _ (call sleep d) if armed => {(call timeout)}) "
            "(branch (Some x) (method stream next) => x) (else (break)))}");
}

TEST(Parser, ItemsUseStructEnumConstAttributes) {
  ParseResult r = parse(
      "use a::b::{c, d as e, self};\n"
      "use std::collections::*;\n"
      "#[derive(Debug, Clone)]\n"
      "pub struct Unit;\n"
      "struct Pair(pub u8, String);\n"
      "enum Shape { Circle(f64), Square { side: f64 }, Empty }\n"
      "const LIMIT: u32 = 10;\n"
      "static NAME: &str = \"x\";\n"
      "impl<T: Clone> Wrapper<T> where T: Default { pub async fn get(&self) -> T { todo!() } }\n"
      "#[tokio::main(flavor = \"current_thread\")]\n"
      "async fn main() {}\n");
  EXPECT_EQ(diagnostics_text(r), "");
  ASSERT_EQ(r.ast->items.size(), 9u);
  EXPECT_EQ(dump(r.ast->items[0]), "(use a::b::c a::b::d as e a::b)");
  EXPECT_EQ(dump(r.ast->items[1]), "(use std::collections::*)");
  EXPECT_EQ(dump(r.ast->items[2]), "#[derive] (struct Unit)");
  const Attribute& derive = r.ast->items[2]->attrs[0];
  ASSERT_EQ(derive.words.size(), 2u);
  EXPECT_EQ(derive.words[0], "Debug");
  EXPECT_EQ(derive.words[1], "Clone");
  EXPECT_EQ(dump(r.ast->items[3]), "(struct Pair (u8) (String) tuple)");
  EXPECT_EQ(dump(r.ast->items[4]), "(enum Shape Circle(1) Square(1) Empty)");
  EXPECT_EQ(dump(r.ast->items[5]), "(const LIMIT 10)");
  EXPECT_EQ(dump(r.ast->items[6]), "(static NAME \"x\")");
  EXPECT_EQ(dump(r.ast->items[7]), "(impl Wrapper<T> (async-fn get (&self) -> T {(todo!)}))");
  EXPECT_EQ(r.ast->items[8]->attrs[0].args, "flavor = \"current_thread\"");
}

TEST(Parser, InlineModulesExternCrateAndCfgTest) {
  ParseResult r = parse(
      "extern crate tokio;\n"
      "extern crate futures as f;\n"
      "mod timer { pub(crate) fn tick() {} pub mod inner { pub struct S; } }\n"
      "#[cfg(test)]\n"
      "mod tests;\n"
      "unsafe fn danger() {}\n"
      "fn main() { let x = unsafe { danger() }; }\n");
  EXPECT_EQ(diagnostics_text(r), "");
  ASSERT_EQ(r.ast->items.size(), 5u);
  EXPECT_EQ(dump(r.ast->items[0]), "(use tokio)");
  EXPECT_EQ(dump(r.ast->items[1]), "(use futures as f)");
  EXPECT_EQ(dump(r.ast->items[2]), "(mod timer (fn tick () {}) (mod inner (struct S)))");
}

TEST(Parser, ByteLiteralsAreU8AndByteStringsAreArrays) {
  EXPECT_EQ(expr("b'a'"), "97u8");
  EXPECT_EQ(expr("b\"a\\x80\""), "[97u8 128u8]");
  EXPECT_EQ(expr("br\"\\n\""), "[92u8 110u8]");
}

TEST(Parser, LabeledBlocksAndLetElse) {
  EXPECT_EQ(body("let x = 'a: { break 'a 1; };"), "{(let x 'a: {(break 'a 1);});}");
  ParseResult r = parse("fn main() { let Some(x) = y else { return; }; }");
  EXPECT_EQ(diagnostics_text(r), "");
}

TEST(Parser, TypesAreAcceptedAndKeptAsText) {
  ParseResult r = parse(
      "fn f(a: Vec<Vec<u8>>, b: &'static str, c: impl Fn(i32) -> i32, d: [u8; 4], e: (u8, ()),\n"
      "     g: Option<Box<Pin<&mut T>>>, h: fn(u8) -> u8) -> impl Future<Output = ()> + Send {}\n"
      "fn g() { let x: Vec<Vec<u32>>= Vec::new(); }\n");
  EXPECT_EQ(diagnostics_text(r), "");
  const FnItem* f = r.ast->items[0]->as<FnItem>();
  ASSERT_EQ(f->params.size(), 7u);
  EXPECT_EQ(f->params[0].type.text, "Vec<Vec<u8>>");
  EXPECT_EQ(f->params[0].type.name, "Vec");
  EXPECT_EQ(f->params[5].type.text, "Option<Box<Pin<&mut T>>>");
  EXPECT_EQ(f->return_type->text, "impl Future<Output = ()> + Send");
}

TEST(Parser, RecoversAndReportsSeveralErrors) {
  ParseResult r = parse(
      "fn main() {\n"
      "    let x = ;\n"
      "    let y = (1 + ;\n"
      "    let z = 3;\n"
      "}\n"
      "fn other() { foo(]; }\n"
      "fn last() {}\n");
  EXPECT_EQ(diagnostics_text(r),
            "2:13: expected expression, found `;`\n"
            "3:18: expected expression, found `;`\n"
            "6:18: expected expression, found `]`\n");
  EXPECT_EQ(r.ast->items.size(), 3u);
}

TEST(Parser, DeepParenthesesReportNestingTooDeep) {
  std::string src = "fn main() { let x = " + std::string(50000, '(') + "1" + std::string(50000, ')') + "; }";
  ParseResult r = parse(src);
  ASSERT_EQ(r.diagnostics.size(), 1u) << diagnostics_text(r);
  EXPECT_EQ(r.diagnostics[0].message, "nesting too deep (the limit is 256 levels)");
  std::string d = dump(*r.ast);  // The tree's height is bounded, so recursion is safe.
  EXPECT_FALSE(d.empty());
}

TEST(Parser, DeepNestingOfEveryKindIsBounded) {
  const char* openers[] = {"{", "[", "if x {", "-", "!", "&", "|x| ", "async {", "loop {", "match x { _ => "};
  for (const char* open : openers) {
    std::string src = "fn main() { ";
    for (int i = 0; i < 50000; i++) src += open;
    ParseResult r = parse(src);
    ASSERT_FALSE(r.ok()) << open;
    EXPECT_EQ(r.diagnostics[0].message, "nesting too deep (the limit is 256 levels)") << open;
    EXPECT_FALSE(dump(*r.ast).empty());
  }
}

TEST(Parser, LongChainsAreBounded) {
  std::string sum = "fn main() { let x = 1";
  for (int i = 0; i < 100000; i++) sum += " + 1";
  ParseResult r = parse(sum + "; }");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.diagnostics[0].message, "nesting too deep (the limit is 256 levels)");
  EXPECT_FALSE(dump(*r.ast).empty());

  std::string calls = "fn main() { x";
  for (int i = 0; i < 100000; i++) calls += ".f()";
  r = parse(calls + "; }");
  ASSERT_FALSE(r.ok());
  EXPECT_FALSE(dump(*r.ast).empty());

  std::string elses = "fn main() { if a {}";
  for (int i = 0; i < 50000; i++) elses += " else if a {}";
  r = parse(elses + " }");
  ASSERT_FALSE(r.ok());
  EXPECT_FALSE(dump(*r.ast).empty());
}

TEST(Parser, ModerateNestingIsFine) {
  std::string src = "fn main() { let x = " + std::string(100, '(') + "1" + std::string(100, ')') + "; }";
  EXPECT_TRUE(parse(src).ok());
}

TEST(Parser, OversizedSourceIsAnError) {
  std::string src(kMaxSourceBytes + 1, ' ');
  ParseResult r = parse(src);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(to_string(r.diagnostics[0]), "1:1: source is too large (the limit is 1 MiB)");
}

TEST(Parser, InvalidUtf8IsALocatedError) {
  std::string src = "fn main() {\n    let s = \"caf\xe9\";\n}\n";
  ParseResult r = parse(src);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(to_string(r.diagnostics[0]), "2:17: source is not valid UTF-8");
  EXPECT_TRUE(r.ast->items.empty());
}

TEST(Parser, NeverCrashesOnGarbage) {
  const char* inputs[] = {"",
                          "}",
                          "{",
                          "fn",
                          "fn main(",
                          "fn main() { let",
                          "impl",
                          "struct S {",
                          "use a::{",
                          "fn f() { match x { ",
                          "fn f() { x. }",
                          "#[",
                          "#![x",
                          "fn f() { println!(\"{\" }",
                          "fn f() { tokio::select! { a = } }",
                          "fn f() -> Vec<Vec<u8 {}",
                          "fn f() { |x| }",
                          "fn f() { 'a: }",
                          "fn f() { a as }",
                          "fn f() { 1..=; }",
                          "enum E { A = }",
                          "'",
                          "\"",
                          "r#\"",
                          "fn f() { let Foo { x, .. } = y; }"};
  for (const char* src : inputs) {
    ParseResult r = parse(src);
    (void)dump(*r.ast);
  }
  SUCCEED();
}

}  // namespace
}  // namespace ps::lang
