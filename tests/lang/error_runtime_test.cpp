// Bad input, run through Session: the compile-error corpus (tests/errors/compile/*.rs, one
// `// expect: line:col: message` per diagnostic), the runtime-error corpus
// (tests/errors/runtime/*.rs, `// expect-status:`, `// expect-exit:`, `// expect-message:`,
// `// expect-line:` and optional `// expect-stdout:`, `// expect-max-events:`,
// `// expect-max-steps:`, `// expect-max-objects:`), and hostile sources that must end in
// located diagnostics or limits, never a crash or a hang.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "lang/compile/compiler.h"
#include "lang/session/session.h"

namespace ps::lang {
namespace {

std::filesystem::path errors_dir() {
#ifdef POLLSCOPE_ROOT
  return std::filesystem::path(POLLSCOPE_ROOT) / "tests" / "errors";
#else
  return std::filesystem::path(__FILE__).parent_path().parent_path() / "errors";
#endif
}

std::vector<std::filesystem::path> corpus(const char* sub) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(errors_dir() / sub))
    if (entry.path().extension() == ".rs") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::string read(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// `// key: value` lines; `\n` in a value stands for a newline.
std::multimap<std::string, std::string> directives(const std::string& source) {
  std::multimap<std::string, std::string> out;
  std::istringstream in(source);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("// expect", 0) != 0) continue;
    size_t colon = line.find(": ");
    if (colon == std::string::npos) continue;
    std::string value = line.substr(colon + 2), unescaped;
    for (size_t i = 0; i < value.size(); ++i) {
      if (value[i] == '\\' && i + 1 < value.size() && value[i + 1] == 'n') {
        unescaped += '\n';
        ++i;
      } else {
        unescaped += value[i];
      }
    }
    out.emplace(line.substr(3, colon - 3), unescaped);
  }
  return out;
}

std::string one(const std::multimap<std::string, std::string>& d, const std::string& key) {
  auto it = d.find(key);
  return it == d.end() ? std::string() : it->second;
}

const char* status_name(RunStatus s) {
  switch (s) {
    case RunStatus::Running: return "running";
    case RunStatus::Completed: return "completed";
    case RunStatus::Deadlock: return "deadlock";
    case RunStatus::Limit: return "limit";
    case RunStatus::Error: return "error";
  }
  return "?";
}

// The exit code of `pollscope run`.
int exit_code(const Session& s) {
  if (s.main_panicked()) return 101;
  switch (s.status()) {
    case RunStatus::Completed: return 0;
    case RunStatus::Deadlock: return 3;
    case RunStatus::Limit: return 4;
    default: return 1;
  }
}

RunConfig small_limits() {
  RunConfig c;
  c.limits.max_events = 20'000;
  c.limits.max_polls = 5'000;
  c.lang.max_steps_per_poll = 200'000;
  c.lang.max_objects = 100'000;
  c.lang.max_string_bytes = 1u << 20;
  return c;
}

// Runs to the end in slices, so a hang shows as a failure rather than a stuck test.
RunStatus run_bounded(Session& s, int slices = 10'000) {
  RunStatus st = RunStatus::Running;
  for (int i = 0; i < slices && st == RunStatus::Running; ++i) st = s.advance(10'000);
  return st;
}

bool has_error(const Session& s) {
  for (const Diagnostic& d : s.diagnostics())
    if (d.severity == Severity::Error) return true;
  return false;
}

// Every diagnostic is placed inside the source (1-based line and column).
void expect_located(const Session& s, const std::string& source, const std::string& what) {
  size_t lines = static_cast<size_t>(std::count(source.begin(), source.end(), '\n')) + 1;
  for (const Diagnostic& d : s.diagnostics()) {
    EXPECT_GE(d.span.line, 1u) << what << ": " << to_string(d);
    EXPECT_LE(d.span.line, lines) << what << ": " << to_string(d);
    EXPECT_GE(d.span.col, 1u) << what << ": " << to_string(d);
    EXPECT_LE(d.span.offset, source.size()) << what << ": " << to_string(d);
  }
}

// --- The compile-error corpus -------------------------------------------------------------

TEST(CompileErrorCorpus, EveryProgramReportsExactlyItsExpectedDiagnostics) {
  auto files = corpus("compile");
  ASSERT_GE(files.size(), 20u) << errors_dir();
  for (const auto& path : files) {
    std::string source = read(path);
    std::vector<std::string> expected;
    for (auto [k, v] : directives(source))
      if (k == "expect") expected.push_back(v);
    Session s(source, RunConfig{});
    std::vector<std::string> actual;
    for (const Diagnostic& d : s.diagnostics()) actual.push_back(to_string(d));
    EXPECT_FALSE(expected.empty()) << path.filename() << " has no `// expect:` line";
    EXPECT_FALSE(s.compiled()) << path.filename();
    EXPECT_EQ(actual, expected) << path.filename();
    EXPECT_EQ(s.advance(), RunStatus::Error) << path.filename();
  }
}

// --- The runtime-error corpus -------------------------------------------------------------

TEST(RuntimeErrorCorpus, EveryProgramEndsAsExpectedAndPointsAtTheFault) {
  auto files = corpus("runtime");
  ASSERT_GE(files.size(), 15u) << errors_dir();
  for (const auto& path : files) {
    SCOPED_TRACE(path.filename().string());
    std::string source = read(path);
    auto d = directives(source);
    RunConfig config;
    if (auto v = one(d, "expect-max-events"); !v.empty()) config.limits.max_events = std::stoull(v);
    if (auto v = one(d, "expect-max-steps"); !v.empty()) config.lang.max_steps_per_poll = std::stoull(v);
    if (auto v = one(d, "expect-max-objects"); !v.empty()) config.lang.max_objects = std::stoull(v);
    Session s(source, config);
    ASSERT_TRUE(s.compiled()) << (s.diagnostics().empty() ? "" : to_string(s.diagnostics()[0]));
    RunStatus st = run_bounded(s);
    EXPECT_EQ(status_name(st), one(d, "expect-status"));
    EXPECT_EQ(std::to_string(exit_code(s)), one(d, "expect-exit"));

    // The message: in the run's closing sentence, a diagnostic, or the panic text on stderr.
    const Trace& t = s.trace();
    std::string message = one(d, "expect-message");
    ASSERT_FALSE(message.empty());
    const Event* where = nullptr;
    std::string stdout_text;
    for (const Event& e : t.events()) {
      if (e.kind == EventKind::Output && e.b == 0) stdout_text += t.str(e.a);
      bool text_event = (e.kind == EventKind::Output && e.b == 1) || e.kind == EventKind::Diagnostic;
      if (!where && text_event && t.str(e.a).find(message) != std::string_view::npos) where = &e;
    }
    if (!where && s.message().find(message) != std::string::npos) {
      for (const Event& e : t.events())
        if (e.kind == EventKind::RunEnd) where = &e;
    }
    ASSERT_NE(where, nullptr) << "`" << message << "` not found; run message: " << s.message();

    if (auto loc = one(d, "expect-line"); !loc.empty()) {
      const SourceSpan& sp = t.span(where->span);
      EXPECT_EQ(std::to_string(sp.line) + ":" + std::to_string(sp.col), loc);
    }
    if (d.count("expect-stdout")) {
      EXPECT_EQ(stdout_text, one(d, "expect-stdout"));
    }
  }
}

// --- Hostile sources ----------------------------------------------------------------------

TEST(HostileSource, EmptyFileReportsMissingMain) {
  Session s("", RunConfig{});
  EXPECT_FALSE(s.compiled());
  ASSERT_EQ(s.diagnostics().size(), 1u);
  EXPECT_EQ(to_string(s.diagnostics()[0]), "1:1: no `main` function: add `#[tokio::main] async fn main() { ... }`");
  EXPECT_EQ(s.advance(), RunStatus::Error);
}

TEST(HostileSource, InvalidUtf8IsALocatedError) {
  std::string src = "fn main() {\n    let s = \"ok\";\n    let x = 1 \xff\xfe 2;\n}\n";
  Session s(src, RunConfig{});
  EXPECT_FALSE(s.compiled());
  ASSERT_FALSE(s.diagnostics().empty());
  EXPECT_EQ(s.diagnostics()[0].span.line, 3u);
  EXPECT_EQ(s.diagnostics()[0].span.col, 15u);
  expect_located(s, src, "invalid utf-8");

  // Inside a string literal and a comment too.
  for (std::string bad :
       {std::string("fn main() { let s = \"a\xc3\x28\"; }"), std::string("// \xed\xa0\x80 surrogate\nfn main() {}\n"),
        std::string("fn main() { let c = '\xf8\x88\x80\x80\x80'; }"), std::string("\xef\xbb\xbf\xc0\xaf")}) {
    Session t(bad, RunConfig{});
    EXPECT_TRUE(has_error(t)) << bad;
    expect_located(t, bad, "invalid utf-8");
  }
}

TEST(HostileSource, NulBytesAreLocatedErrors) {
  std::string src("fn main() {\n  let x = 1;\0\n}\n", 27);
  Session s(src, RunConfig{});
  EXPECT_FALSE(s.compiled());
  ASSERT_FALSE(s.diagnostics().empty());
  EXPECT_EQ(s.diagnostics()[0].span.line, 2u);
  expect_located(s, src, "nul");
  std::string in_string("fn main() { println!(\"a\0b\"); }", 31);
  Session t(in_string, RunConfig{});
  expect_located(t, in_string, "nul in string");
  if (t.compiled()) {
    EXPECT_NE(run_bounded(t), RunStatus::Running);
  }
}

TEST(HostileSource, DeepNestingIsRefusedNotACrash) {
  for (char open : {'(', '{', '['}) {
    char close = open == '(' ? ')' : open == '{' ? '}' : ']';
    std::string src = "fn main() { let x = " + std::string(50'000, open) + "1" + std::string(50'000, close) + "; }";
    Session s(src, RunConfig{});
    EXPECT_FALSE(s.compiled()) << open;
    ASSERT_FALSE(s.diagnostics().empty()) << open;
    EXPECT_NE(s.diagnostics()[0].message.find("nesting too deep"), std::string::npos) << to_string(s.diagnostics()[0]);
    expect_located(s, src, std::string(1, open));
    // Unclosed as well.
    std::string unclosed = "fn main() {" + std::string(50'000, open);
    Session u(unclosed, RunConfig{});
    EXPECT_FALSE(u.compiled()) << open;
    expect_located(u, unclosed, "unclosed");
  }
  // Deep nesting of unary operators, `if`s and blocks built of other tokens.
  for (const std::string& unit : {std::string("-"), std::string("!"), std::string("&"), std::string("*")}) {
    std::string src = "fn main() { let x = ";
    for (int i = 0; i < 50'000; ++i) src += unit;
    src += "1; }";
    Session s(src, RunConfig{});
    expect_located(s, src, unit);
    if (s.compiled()) {
      EXPECT_NE(run_bounded(s), RunStatus::Running);
    }
  }
  std::string ifs = "fn main() { let x = ";
  for (int i = 0; i < 20'000; ++i) ifs += "if true { ";
  ifs += "1";
  for (int i = 0; i < 20'000; ++i) ifs += " } else { 0 }";
  ifs += "; }";
  Session s(ifs, RunConfig{});
  EXPECT_FALSE(s.compiled());
  expect_located(s, ifs, "ifs");
}

TEST(HostileSource, TenThousandNestedClosuresAndAsyncBlocksHitTheCompileLimit) {
  for (const std::string& open :
       {std::string("|| { "), std::string("async { "), std::string("async move { "), std::string("move |x| ")}) {
    std::string src = "#[tokio::main]\nasync fn main() {\n    let f = ";
    for (int i = 0; i < 10'000; ++i) src += open;
    src += "1";
    if (open.back() == ' ' && open[open.size() - 2] == '{')
      for (int i = 0; i < 10'000; ++i) src += " }";
    src += ";\n}\n";
    Session s(src, RunConfig{});
    EXPECT_FALSE(s.compiled()) << open;
    ASSERT_FALSE(s.diagnostics().empty()) << open;
    expect_located(s, src, open);
    EXPECT_LE(s.diagnostics().size(), 101u) << open;
  }
  // Just past the compiler's own limit (inside the parser's).
  std::string src = "fn main() {\n    let f = ";
  for (int i = 0; i < kMaxFunctionNesting + 1; ++i) src += "|| ";
  src += "1;\n}\n";
  Session s(src, RunConfig{});
  EXPECT_FALSE(s.compiled());
  ASSERT_FALSE(s.diagnostics().empty());
  EXPECT_EQ(s.diagnostics()[0].span.line, 2u) << to_string(s.diagnostics()[0]);
}

TEST(HostileSource, MatchWithTenThousandArmsRuns) {
  std::string src = "fn main() {\n    let n = 9999;\n    let s = match n {\n";
  for (int i = 0; i < 10'000; ++i) src += "        " + std::to_string(i) + " => \"arm" + std::to_string(i) + "\",\n";
  src += "        _ => \"other\",\n    };\n    println!(\"{}\", s);\n}\n";
  RunConfig c;
  c.output_only = true;
  Session s(src, c);
  ASSERT_TRUE(s.compiled()) << to_string(s.diagnostics()[0]);
  EXPECT_EQ(run_bounded(s), RunStatus::Completed) << s.message();
  std::string out;
  for (const Event& e : s.trace().events())
    if (e.kind == EventKind::Output) out += s.trace().str(e.a);
  EXPECT_EQ(out, "arm9999\n");
}

TEST(HostileSource, VeryLongStringLiteral) {
  std::string body(1'000'000, 'x');
  std::string src = "fn main() {\n    let s = \"" + body + "\";\n    println!(\"{}\", s.len());\n}\n";
  RunConfig c;
  c.output_only = true;
  Session s(src, c);
  ASSERT_TRUE(s.compiled());
  EXPECT_EQ(run_bounded(s), RunStatus::Completed) << s.message();
  std::string out;
  for (const Event& e : s.trace().events())
    if (e.kind == EventKind::Output) out += s.trace().str(e.a);
  EXPECT_EQ(out, "1000000\n");
  // Unterminated, the whole rest of the file is the literal: one located error.
  std::string open = "fn main() {\n    let s = \"" + body;
  Session u(open, RunConfig{});
  EXPECT_FALSE(u.compiled());
  ASSERT_FALSE(u.diagnostics().empty());
  EXPECT_EQ(u.diagnostics()[0].span.line, 2u);
  // A long identifier and a long number.
  std::string ident = "fn main() { let " + std::string(200'000, 'a') + " = 1; }";
  Session i(ident, RunConfig{});
  EXPECT_TRUE(i.compiled());
  std::string number = "fn main() { let x = " + std::string(200'000, '9') + "; }";
  Session n(number, RunConfig{});
  EXPECT_FALSE(n.compiled());
  expect_located(n, number, "number");
}

TEST(HostileSource, ManyErrorsAreCapped) {
  std::string src = "fn main() {\n";
  for (int i = 0; i < 5'000; ++i) src += "    nope" + std::to_string(i) + "();\n";
  src += "}\n";
  Session s(src, RunConfig{});
  EXPECT_FALSE(s.compiled());
  EXPECT_GE(s.diagnostics().size(), 1u);
  EXPECT_LE(s.diagnostics().size(), 101u);
  expect_located(s, src, "many");
}

// Random programs built from Rust tokens and raw bytes: no crash, no hang, and every
// diagnostic located inside its source.
TEST(HostileSource, RandomTokenSoupIsSafe) {
  static const char* const kTokens[] = {
      "fn",
      "main",
      "(",
      ")",
      "{",
      "}",
      "[",
      "]",
      "let",
      "mut",
      "=",
      ";",
      ",",
      ".",
      "await",
      "async",
      "move",
      "|",
      "||",
      "loop",
      "while",
      "for",
      "in",
      "if",
      "else",
      "match",
      "=>",
      "_",
      "Some",
      "None",
      "Ok",
      "Err",
      "return",
      "break",
      "continue",
      "struct",
      "impl",
      "Future",
      "for",
      "Poll::Ready",
      "Poll::Pending",
      "self",
      "Self",
      "&",
      "&mut",
      "*",
      "+",
      "-",
      "/",
      "%",
      "<",
      ">",
      "<=",
      "==",
      "!",
      "?",
      "::",
      ":",
      "'a",
      "0",
      "1",
      "42",
      "1.5",
      "\"s\"",
      "'c'",
      "x",
      "y",
      "v",
      "println!",
      "format!",
      "vec!",
      "panic!",
      "assert_eq!",
      "tokio::spawn",
      "tokio::select!",
      "tokio::join!",
      "#[tokio::main]",
      "#",
      "..",
      "..=",
      "as",
      "u32",
      "String",
      "Vec::new()",
      "x.unwrap()",
      "x.clone()",
      "cx.waker().wake_by_ref()",
      "std::future::pending::<()>()",
      "tokio::time::sleep(std::time::Duration::from_millis(1))",
      "\"{}\"",
      "\"{:?}\"",
      "\"{x}\"",
      "r#\"raw\"#",
      "/*",
      "*/",
      "//",
      "\n",
      " ",
      "\t",
      "b'a'",
      "0x",
      "1e",
      "'",
      "\"",
      "\\",
      "$",
      "@",
      "~",
      "^",
      "<<",
      ">>=",
  };
  std::mt19937_64 rng(20'260'127);
  RunConfig c = small_limits();
  for (int round = 0; round < 200; ++round) {
    std::string src;
    // Half of the inputs start as a plausible program so that more of them reach the VM.
    if (round % 2 == 0) src = "#[tokio::main]\nasync fn main() {\n    let mut x = Some(1);\n";
    size_t n = rng() % 400;
    for (size_t i = 0; i < n; ++i) {
      uint64_t r = rng();
      if (r % 10 == 0) {
        src += static_cast<char>(rng() % 256);  // a raw byte
      } else {
        src += kTokens[r % (sizeof(kTokens) / sizeof(kTokens[0]))];
        src += ' ';
      }
    }
    if (round % 2 == 0) src += "\n}\n";
    SCOPED_TRACE("round " + std::to_string(round));
    Session s(src, c);
    expect_located(s, src, "round " + std::to_string(round));
    if (s.compiled()) {
      RunStatus st = run_bounded(s, 1'000);
      EXPECT_NE(st, RunStatus::Running) << src;
      (void)s.message();
      (void)s.summary_json();
    } else {
      EXPECT_TRUE(has_error(s));
    }
    (void)check_json(src);
  }
}

// Small programs that reach the VM and end by a limit, each run with small limits.
TEST(HostileSource, RunawayProgramsStopAtSmallLimits) {
  const char* const programs[] = {
      "fn main() { loop {} }",
      "fn f(n: u64) -> u64 { f(n + 1) }\nfn main() { f(0); }",
      "fn main() { let mut s = String::from(\"x\"); loop { s.push_str(&s.clone()); } }",
      "fn main() { let mut v = Vec::new(); loop { v.push(1); } }",
      "#[tokio::main]\nasync fn main() { loop { tokio::task::yield_now().await; } }",
      "#[tokio::main]\nasync fn main() { loop { tokio::time::sleep(std::time::Duration::from_secs(86400)).await; } }",
      "#[tokio::main]\nasync fn main() { loop { tokio::spawn(async { std::future::pending::<()>().await; }); "
      "tokio::task::yield_now().await; } }",
      "fn main() { let v = vec![0; 1000000000]; println!(\"{}\", v.len()); }",
      "fn main() { let s = \"ab\".repeat(1000000000); println!(\"{}\", s.len()); }",
      "#[tokio::main]\nasync fn main() { let f = async { std::future::pending::<()>().await }; f.await; }",
  };
  for (const char* p : programs) {
    Session s(p, small_limits());
    ASSERT_TRUE(s.compiled()) << p << "\n" << (s.diagnostics().empty() ? "" : to_string(s.diagnostics()[0]));
    RunStatus st = run_bounded(s, 1'000);
    EXPECT_NE(st, RunStatus::Running) << p;
    EXPECT_NE(st, RunStatus::Completed) << p;
    EXPECT_FALSE(s.message().empty()) << p;
  }
}

// Dropping a value nested 300,000 deep frees it without native recursion.
TEST(HostileSource, DroppingADeeplyNestedValueDoesNotOverflowTheStack) {
  const char* src =
      "fn main() {\n    let mut v = vec![0];\n    for _ in 0..300000 {\n        v = vec![v];\n    }\n"
      "    println!(\"built\");\n}\n";
  RunConfig c;
  c.output_only = true;
  Session s(src, c);
  ASSERT_TRUE(s.compiled());
  EXPECT_EQ(run_bounded(s), RunStatus::Completed) << s.message();
}

}  // namespace
}  // namespace ps::lang
