// Tests of lang/fmt.h. Every expected string is what rustc 1.95 prints for the same format
// string and value.
#include "lang/fmt/fmt.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "lang/base/format_string.h"
#include "lang/base/literal.h"

// Built alone, this test links engine/lang/value.cpp at most (define POLLSCOPE_HAVE_VALUE_CPP
// then), so the interpreter's destroy_obj and StructObj destructor are stood in for here. The
// CMake target links the whole engine and defines POLLSCOPE_ROOT.
#ifndef POLLSCOPE_ROOT
namespace ps::lang {
void destroy_obj(Obj* o) { delete o; }
StructObj::~StructObj() = default;
#ifndef POLLSCOPE_HAVE_VALUE_CPP
Value make_str(std::string s) { return Value::adopt(new StrObj(std::move(s))); }
Value make_vec(std::vector<Value> items) { return Value::adopt(new VecObj(std::move(items))); }
Value make_tuple(std::vector<Value> items) { return Value::adopt(new TupleObj(std::move(items))); }
Value make_enum(uint32_t enum_id, uint32_t variant, std::vector<Value> payload) {
  return Value::adopt(new EnumObj(enum_id, variant, std::move(payload)));
}
#endif
}  // namespace ps::lang
#endif

namespace ps::lang {
namespace {

// A Handle object standing for an engine resource: a Duration, a waker, or a guard that
// wraps `inner`.
struct FakeHandle final : Obj {
  FakeHandle(bool is_duration, uint64_t s, uint32_t n, Value wrapped = Value::moved())
      : Obj(ObjKind::Handle), duration(is_duration), secs(s), nanos(n), inner(std::move(wrapped)) {}
  bool duration;
  uint64_t secs;
  uint32_t nanos;
  Value inner;
};

// Knows one user enum (`Col { Red, Move(i32, i32) }`, id 4, derives Debug, Display via fmt_fn)
// and displays user values as "<user>".
class FakeHost : public FormatHost {
 public:
  FakeHost() {
    col.name = "Col";
    col.variants = {"Red", "Move"};
    col.payloads = {0, 2};
    col.derives_debug = true;
    col.fmt_fn = 7;
  }
  const EnumInfo* user_enum(uint32_t id) const override { return id == 4 ? &col : nullptr; }
  bool user_display(const Value&, std::string& out, std::string&) override {
    out += "<user>";
    return true;
  }
  bool handle_text(const Value& v, bool debug, std::string& out) override {
    if (!debug || !v.is(ObjKind::Handle)) return false;
    out += "Waker { .. }";
    return true;
  }
  bool wrapped_value(const Value& v, Value& inner) const override {
    if (!v.is(ObjKind::Handle) || v.as<FakeHandle>()->inner.is_moved()) return false;
    inner = v.as<FakeHandle>()->inner;
    return true;
  }
  bool duration(const Value& v, uint64_t& secs, uint32_t& nanos) const override {
    if (!v.is(ObjKind::Handle) || !v.as<FakeHandle>()->duration) return false;
    secs = v.as<FakeHandle>()->secs;
    nanos = v.as<FakeHandle>()->nanos;
    return true;
  }
  EnumInfo col;
};

// Runs `format!(fmt, args...)`: the format string goes through the real parser and resolver.
// `names` gives `name = value` names to the trailing arguments. Errors come back as "ERR: ...".
std::string F(const std::string& fmt, std::vector<Value> args = {}, std::vector<std::string> names = {}) {
  std::string source = "\"" + fmt + "\"";
  CookedString cooked = cook_string(source, 0);
  Span span{0, static_cast<uint32_t>(source.size()), 1, 1};
  FormatString parsed;
  std::vector<Diagnostic> diags;
  if (!parse_format_string(cooked, source, span, parsed, diags)) return "PARSE: " + diags[0].message;
  std::vector<FormatArgInfo> infos(args.size());
  for (size_t k = 0; k < names.size(); k++) infos[args.size() - names.size() + k].name = names[k];
  if (!resolve_format_args(parsed, infos, diags)) return "RESOLVE: " + diags[0].message;
  FormatPlan plan{parsed.pieces};
  FakeHost host;
  std::string out, error;
  if (!run_format(host, plan, args.data(), args.size(), out, error)) return "ERR: " + error;
  return out;
}

Value I(int64_t i) { return Value::integer(i); }
Value D(double d) { return Value::floating(d); }
Value S(const char* s) { return make_str(s); }
Value C(char32_t c) { return Value::character(c); }

// Test types: `Foo { a, b }`, `Bar { a, b }`, `T2(i32, i32)`, `U;`, `E {}`, `NoDbg { x }`.
TypeInfo make_type(const char* name, std::vector<std::string> fields, bool tuple, bool unit, bool debug) {
  TypeInfo t;
  t.name = name;
  t.fields = std::move(fields);
  t.tuple = tuple;
  t.unit = unit;
  t.derives_debug = debug;
  return t;
}
struct Types {
  TypeInfo foo = make_type("Foo", {"a", "b"}, false, false, true);
  TypeInfo bar = make_type("Bar", {"a", "b"}, false, false, true);
  TypeInfo t2 = make_type("T2", {"0", "1"}, true, false, true);
  TypeInfo u = make_type("U", {}, false, true, true);
  TypeInfo e = make_type("E", {}, false, false, true);
  TypeInfo nodbg = make_type("NoDbg", {"x"}, false, false, false);
  Types() { nodbg.fmt_fn = 3; }
};
const Types& types() {
  static Types t;
  return t;
}
Value St(const TypeInfo& t, std::vector<Value> fields) { return Value::adopt(new StructObj(&t, std::move(fields))); }

TEST(Fmt, FloatDisplayIsShortestWithoutExponent) {
  EXPECT_EQ(F("{}", {D(1.0)}), "1");
  EXPECT_EQ(F("{}", {D(0.1)}), "0.1");
  EXPECT_EQ(F("{}", {D(1e21)}), "1000000000000000000000");
  EXPECT_EQ(F("{}", {D(1e-7)}), "0.0000001");
  EXPECT_EQ(F("{}", {D(123.456)}), "123.456");
  EXPECT_EQ(F("{}", {D(1e23)}), "100000000000000000000000");
  EXPECT_EQ(F("{}", {D(5e-324)}).size(), 326u);
  EXPECT_EQ(F("{}", {D(std::numeric_limits<double>::max())}).substr(0, 20), "17976931348623157000");
}

TEST(Fmt, FloatDebugSwitchesToExponent) {
  EXPECT_EQ(F("{:?}", {D(1.0)}), "1.0");
  EXPECT_EQ(F("{:?}", {D(1e21)}), "1e21");
  EXPECT_EQ(F("{:?}", {D(1e-7)}), "1e-7");
  EXPECT_EQ(F("{:?}", {D(1e16)}), "1e16");
  EXPECT_EQ(F("{:?}", {D(1e15)}), "1000000000000000.0");
  EXPECT_EQ(F("{:?}", {D(0.0001)}), "0.0001");
  EXPECT_EQ(F("{:?}", {D(0.00001)}), "1e-5");
  EXPECT_EQ(F("{:?}", {D(9.999e-5)}), "9.999e-5");
  EXPECT_EQ(F("{:?}", {D(1.5e-7)}), "1.5e-7");
  EXPECT_EQ(F("{:?}", {D(0.1 + 0.2)}), "0.30000000000000004");
  EXPECT_EQ(F("{:?}", {D(123456789012345680.0)}), "1.2345678901234568e17");
  EXPECT_EQ(F("{:?}", {D(std::numeric_limits<double>::max())}), "1.7976931348623157e308");
  EXPECT_EQ(F("{:?}", {D(2.2250738585072014e-308)}), "2.2250738585072014e-308");
  EXPECT_EQ(F("{:?}", {D(5e-324)}), "5e-324");
  EXPECT_EQ(F("{:?}", {D(-1e-100)}), "-1e-100");
  EXPECT_EQ(F("{:?}", {make_vec({D(1.0), D(2.5)})}), "[1.0, 2.5]");
  // Exactly halfway between two shortest candidates: Rust rounds up, printf to even.
  EXPECT_EQ(F("{}", {D(169331498360004.625)}), "169331498360004.63");
  EXPECT_EQ(F("{:e}", {D(169331498360004.625)}), "1.6933149836000463e14");
  EXPECT_EQ(F("{:?}", {D(1629099649934177.25)}), "1629099649934177.3");
}

TEST(Fmt, FloatSpecialValues) {
  double inf = std::numeric_limits<double>::infinity();
  EXPECT_EQ(F("{}", {D(std::nan(""))}), "NaN");
  EXPECT_EQ(F("{}", {D(inf)}), "inf");
  EXPECT_EQ(F("{}", {D(-inf)}), "-inf");
  EXPECT_EQ(F("{}", {D(-0.0)}), "-0");
  EXPECT_EQ(F("{:?}", {D(-0.0)}), "-0.0");
  EXPECT_EQ(F("{:+}", {D(std::nan(""))}), "NaN");
  EXPECT_EQ(F("{:+}", {D(inf)}), "+inf");
  EXPECT_EQ(F("{:05}", {D(inf)}), "00inf");
  EXPECT_EQ(F("{:05}", {D(std::nan(""))}), "00NaN");
  EXPECT_EQ(F("{:e}", {D(inf)}), "inf");
  EXPECT_EQ(F("{:+}", {D(1.0)}), "+1");
  EXPECT_EQ(F("{:+}", {D(0.0)}), "+0");
  EXPECT_EQ(F("{:+?}", {D(-0.0)}), "-0.0");
}

TEST(Fmt, FloatPrecisionRoundsHalfToEvenOnTheBinaryValue) {
  EXPECT_EQ(F("{:.2}", {D(3.14159)}), "3.14");
  EXPECT_EQ(F("{:.0}", {D(0.5)}), "0");
  EXPECT_EQ(F("{:.0}", {D(1.5)}), "2");
  EXPECT_EQ(F("{:.0}", {D(2.5)}), "2");
  EXPECT_EQ(F("{:.1}", {D(0.25)}), "0.2");
  EXPECT_EQ(F("{:.1}", {D(0.35)}), "0.3");
  EXPECT_EQ(F("{:.1}", {D(0.05)}), "0.1");
  EXPECT_EQ(F("{:.2}", {D(1.005)}), "1.00");
  EXPECT_EQ(F("{:.2?}", {D(1.0)}), "1.00");
  EXPECT_EQ(F("{:.3}", {D(1e21)}), "1000000000000000000000.000");
  EXPECT_EQ(F("{:.20}", {D(0.1)}), "0.10000000000000000555");
  EXPECT_EQ(F("{:.0}", {D(1e23)}), "99999999999999991611392");
  EXPECT_EQ(F("{:.1?}", {D(1e20)}), "100000000000000000000.0");
  EXPECT_EQ(F("{:.2?}", {D(1e-7)}), "0.00");
  EXPECT_EQ(F("{:.1?}", {make_vec({D(1.0), D(2.25)})}), "[1.0, 2.2]");
}

TEST(Fmt, FloatZeroPaddingIsSignAware) {
  EXPECT_EQ(F("{:08.3}", {D(-3.14159)}), "-003.142");
  EXPECT_EQ(F("{:08.2}", {D(-3.14159)}), "-0003.14");
  EXPECT_EQ(F("{:.*}", {I(2), D(1.23456)}), "1.23");
  EXPECT_EQ(F("{:>w$.p$}|", {D(1.23456), I(8), I(2)}, {"w", "p"}), "    1.23|");
}

TEST(Fmt, ExponentFormats) {
  EXPECT_EQ(F("{:e}", {D(1234.5)}), "1.2345e3");
  EXPECT_EQ(F("{:E}", {D(1234.5)}), "1.2345E3");
  EXPECT_EQ(F("{:e}", {D(0.0)}), "0e0");
  EXPECT_EQ(F("{:.3e}", {D(1.0)}), "1.000e0");
  EXPECT_EQ(F("{:e}", {D(1e-7)}), "1e-7");
  EXPECT_EQ(F("{:e}", {D(0.1)}), "1e-1");
  EXPECT_EQ(F("{:e}", {D(1e100)}), "1e100");
  EXPECT_EQ(F("{:e}", {D(12345678901234567890.0)}), "1.2345678901234567e19");
  EXPECT_EQ(F("{:10.3e}|", {D(1234.5)}), "   1.234e3|");
  EXPECT_EQ(F("{:010.3e}|", {D(-1234.5)}), "-001.234e3|");
  EXPECT_EQ(F("{:+e}", {D(1.0)}), "+1e0");
  EXPECT_EQ(F("{:e}", {I(1234)}), "1.234e3");
  EXPECT_EQ(F("{:e}", {I(100)}), "1e2");
  EXPECT_EQ(F("{:.2e}", {I(1234)}), "1.23e3");
  EXPECT_EQ(F("{:.2e}", {I(1235)}), "1.24e3");
  EXPECT_EQ(F("{:.2e}", {I(1245)}), "1.24e3");
  EXPECT_EQ(F("{:.1e}", {I(999)}), "1.0e3");
  EXPECT_EQ(F("{:e}", {I(-5)}), "-5e0");
  EXPECT_EQ(F("{:E}", {I(1200)}), "1.2E3");
  EXPECT_EQ(F("{:.5e}", {I(12)}), "1.20000e1");
  EXPECT_EQ(F("{:e}", {I(std::numeric_limits<int64_t>::min())}), "-9.223372036854775808e18");
}

TEST(Fmt, IntegerRadixesAndSigns) {
  EXPECT_EQ(F("{}", {I(-42)}), "-42");
  EXPECT_EQ(F("{:x}", {I(255)}), "ff");
  EXPECT_EQ(F("{:X}", {I(255)}), "FF");
  EXPECT_EQ(F("{:o}", {I(8)}), "10");
  EXPECT_EQ(F("{:b}", {I(5)}), "101");
  EXPECT_EQ(F("{:#x}", {I(255)}), "0xff");
  EXPECT_EQ(F("{:#X}", {I(255)}), "0xFF");
  EXPECT_EQ(F("{:#o}", {I(8)}), "0o10");
  EXPECT_EQ(F("{:#b}", {I(5)}), "0b101");
  EXPECT_EQ(F("{:x}", {Value::integer(-1, NumKind::I64)}), "ffffffffffffffff");
  EXPECT_EQ(F("{:x}", {Value::integer(std::numeric_limits<int64_t>::min(), NumKind::I64)}), "8000000000000000");
  EXPECT_EQ(F("{:x}", {Value::integer(-1, NumKind::I8)}), "ff");
  EXPECT_EQ(F("{:b}", {Value::integer(-2, NumKind::I16)}), "1111111111111110");
  EXPECT_EQ(F("{}", {Value::integer(-1, NumKind::U64)}), "18446744073709551615");
  EXPECT_EQ(F("{:#010x}", {I(255)}), "0x000000ff");
  EXPECT_EQ(F("{:+x}", {I(255)}), "+ff");
  EXPECT_EQ(F("{:+}", {I(0)}), "+0");
  EXPECT_EQ(F("{:05}", {I(-42)}), "-0042");
  EXPECT_EQ(F("{:.2}", {I(5)}), "5");
  EXPECT_EQ(F("{:?}", {I(std::numeric_limits<int64_t>::min())}), "-9223372036854775808");
}

TEST(Fmt, WidthFillAlignment) {
  EXPECT_EQ(F("{:>8}", {I(42)}), "      42");
  EXPECT_EQ(F("{:8}|", {I(42)}), "      42|");
  EXPECT_EQ(F("{:<5}|", {I(42)}), "42   |");
  EXPECT_EQ(F("{:^5}", {S("ab")}), " ab  ");
  EXPECT_EQ(F("{:^6}|", {S("abc")}), " abc  |");
  EXPECT_EQ(F("{:^7}|", {I(1)}), "   1   |");
  EXPECT_EQ(F("{:*^9}", {S("mid")}), "***mid***");
  EXPECT_EQ(F("{:05}", {S("ab")}), "ab   ");
  EXPECT_EQ(F("{:08.3}|", {S("ab")}), "ab      |");
  EXPECT_EQ(F("{:<05}", {I(42)}), "00042");
  EXPECT_EQ(F("{:^05}", {I(-4)}), "-0004");
  EXPECT_EQ(F("{:>4}", {S("é")}), "   é");
  EXPECT_EQ(F("{:-^7}|", {C(U'é')}), "---é---|");
  EXPECT_EQ(F("{:é>4}", {I(7)}), "ééé7");
  EXPECT_EQ(F("{:>4}", {C('x')}), "   x");
  EXPECT_EQ(F("{:4}|", {Value::boolean(true)}), "true|");
  EXPECT_EQ(F("{:6}|", {Value::boolean(false)}), "false |");
  EXPECT_EQ(F("{:1$}|", {I(7), I(4)}), "   7|");
  EXPECT_EQ(F("{:w$}|", {I(7), I(-1)}, {"w"}), "ERR: format width or precision must be a `usize`");
}

TEST(Fmt, StringPrecisionTruncatesChars) {
  EXPECT_EQ(F("{:.3}", {S("hello")}), "hel");
  EXPECT_EQ(F("{:5.3}|", {S("hello")}), "hel  |");
  EXPECT_EQ(F("{:.2}", {S("héllo")}), "hé");
  EXPECT_EQ(F("{:.*}|", {I(1), S("😀x")}), "😀|");
}

TEST(Fmt, DebugPassesFlagsToLeaves) {
  const Types& t = types();
  EXPECT_EQ(F("{:5?}", {some(I(1))}), "Some(    1)");
  EXPECT_EQ(F("{:10?}|", {S("ab")}), "\"ab\"|");
  EXPECT_EQ(F("{:5?}|", {C('a')}), "'a'|");
  EXPECT_EQ(F("{:5?}|", {Value()}), "()   |");
  EXPECT_EQ(F("{:4?}|", {Value::boolean(true)}), "true|");
  EXPECT_EQ(F("{:5?}", {make_vec({I(1), I(2)})}), "[    1,     2]");
  EXPECT_EQ(F("{:5?}", {St(t.foo, {I(1), S("x")})}), "Foo { a:     1, b: \"x\" }");
  EXPECT_EQ(F("{:+?}", {some(I(1))}), "Some(+1)");
  EXPECT_EQ(F("{:05?}", {some(I(-1))}), "Some(-0001)");
  EXPECT_EQ(F("{:<5?}|", {some(S("ab"))}), "Some(\"ab\")|");
  EXPECT_EQ(F("{:6?}|", {none()}), "None|");
  EXPECT_EQ(F("{:6?}|", {St(t.u, {})}), "U|");
  EXPECT_EQ(F("{:6?}|", {make_enum(kOrdering, 1)}), "Equal|");
}

TEST(Fmt, DebugOfBuiltins) {
  EXPECT_EQ(F("{:?}", {make_vec({S("a"), S("b")})}), "[\"a\", \"b\"]");
  EXPECT_EQ(F("{:?}", {make_tuple({I(1), S("a")})}), "(1, \"a\")");
  EXPECT_EQ(F("{:?}", {make_tuple({I(1)})}), "(1,)");
  EXPECT_EQ(F("{:?}", {make_tuple({})}), "()");
  EXPECT_EQ(F("{:?}", {Value()}), "()");
  EXPECT_EQ(F("{:?}", {some(I(3))}), "Some(3)");
  EXPECT_EQ(F("{:?}", {none()}), "None");
  EXPECT_EQ(F("{:?}", {ok(Value())}), "Ok(())");
  EXPECT_EQ(F("{:?}", {err(S("x"))}), "Err(\"x\")");
  EXPECT_EQ(F("{:?}", {make_enum(kPoll, kReady, {I(5)})}), "Ready(5)");
  EXPECT_EQ(F("{:?}", {make_enum(kPoll, kPending)}), "Pending");
  EXPECT_EQ(F("{:?}", {make_enum(kOrdering, 0)}), "Less");
  EXPECT_EQ(F("{:?}", {make_enum(kOrdering, 2)}), "Greater");
  EXPECT_EQ(F("{:?}", {make_vec({})}), "[]");
  EXPECT_EQ(F("{:?}", {Value::boolean(false)}), "false");
  EXPECT_EQ(F("{:?}", {Value::adopt(new RangeObj(1, 5, true))}), "1..5");
  EXPECT_EQ(F("{:3?}", {Value::adopt(new RangeObj(1, 5, true))}), "  1..  5");
  EXPECT_EQ(F("{:?}", {Value::adopt(new RangeObj(0, 0, false))}), "0..");
  EXPECT_EQ(F("{:?} {}", {Value::adopt(new CellObj(I(5))), Value::adopt(new CellObj(I(5)))}), "5 5");
}

TEST(Fmt, DebugOfUserTypes) {
  const Types& t = types();
  EXPECT_EQ(F("{:?}", {St(t.foo, {I(1), S("x")})}), "Foo { a: 1, b: \"x\" }");
  EXPECT_EQ(F("{:?}", {St(t.t2, {I(1), I(2)})}), "T2(1, 2)");
  EXPECT_EQ(F("{:?}", {St(t.u, {})}), "U");
  EXPECT_EQ(F("{:?}", {St(t.e, {})}), "E");
  EXPECT_EQ(F("{:?}", {make_enum(4, 0)}), "Red");
  EXPECT_EQ(F("{:?}", {make_enum(4, 1, {I(1), I(2)})}), "Move(1, 2)");
  EXPECT_EQ(F("{:?}", {St(t.nodbg, {I(1)})}), "ERR: `NoDbg` doesn't implement `Debug`");
  EXPECT_EQ(F("{:?}", {some(St(t.nodbg, {I(1)}))}), "ERR: `NoDbg` doesn't implement `Debug`");
}

TEST(Fmt, PrettyDebug) {
  const Types& t = types();
  EXPECT_EQ(F("{:#?}", {St(t.bar, {I(1), make_vec({I(1), I(2)})})}),
            "Bar {\n    a: 1,\n    b: [\n        1,\n        2,\n    ],\n}");
  EXPECT_EQ(F("{:#?}", {some(I(1))}), "Some(\n    1,\n)");
  EXPECT_EQ(F("{:#?}", {make_vec({})}), "[]");
  EXPECT_EQ(F("{:#?}", {St(t.e, {})}), "E");
  EXPECT_EQ(F("{:#?}", {St(t.u, {})}), "U");
  EXPECT_EQ(F("{:#?}", {make_tuple({I(1)})}), "(\n    1,\n)");
  EXPECT_EQ(F("{:#?}", {St(t.t2, {I(1), I(2)})}), "T2(\n    1,\n    2,\n)");
  EXPECT_EQ(F("{:#?}", {some(some(St(t.foo, {I(1), S("q")})))}),
            "Some(\n    Some(\n        Foo {\n            a: 1,\n            b: \"q\",\n        },\n    ),\n)");
  EXPECT_EQ(F("{:#?}", {make_enum(4, 1, {I(1), I(2)})}), "Move(\n    1,\n    2,\n)");
  EXPECT_EQ(F("{:#?}", {Value()}), "()");
  EXPECT_EQ(F("{:#?}", {make_vec({make_tuple({I(1), S("a")})})}), "[\n    (\n        1,\n        \"a\",\n    ),\n]");
  EXPECT_EQ(F("{:#5?}", {some(I(1))}), "Some(\n        1,\n)");
  EXPECT_EQ(F("{:#?}", {make_tuple({S("a"), C('b'), D(1.0)})}), "(\n    \"a\",\n    'b',\n    1.0,\n)");
  std::string out, error;
  FakeHost host;
  ASSERT_TRUE(debug(host, some(I(1)), true, out, error));
  EXPECT_EQ(out, "Some(\n    1,\n)");
}

TEST(Fmt, CharAndStrEscapes) {
  EXPECT_EQ(F("{:?}", {C('a')}), "'a'");
  EXPECT_EQ(F("{:?}", {C('\n')}), "'\\n'");
  EXPECT_EQ(F("{:?}", {C('\'')}), "'\\''");
  EXPECT_EQ(F("{:?}", {C('\\')}), "'\\\\'");
  EXPECT_EQ(F("{:?}", {C('"')}), "'\"'");
  EXPECT_EQ(F("{:?}", {C(U'😀')}), "'😀'");
  EXPECT_EQ(F("{:?}", {C(0x301)}), "'\\u{301}'");
  EXPECT_EQ(F("{:?}", {make_str(std::string("a\"b'c\\\n\t\r\0\x1b\x7f", 12))}),
            "\"a\\\"b'c\\\\\\n\\t\\r\\0\\u{1b}\\u{7f}\"");
  EXPECT_EQ(F("{:?}", {S("é😀")}), "\"é😀\"");
  EXPECT_EQ(F("{:?}", {S("\u200b\u200d\u00ad\ufeff\u00a0\u3000\u2028\ue000")}),
            "\"\\u{200b}\\u{200d}\\u{ad}\\u{feff}\\u{a0}\\u{3000}\\u{2028}\\u{e000}\"");
  EXPECT_EQ(F("{:?}", {S("\u0301e\u0301")}), "\"\\u{301}e\u0301\"");
  EXPECT_EQ(F("{:?}", {S("\u0085\u009f")}), "\"\\u{85}\\u{9f}\"");
  EXPECT_EQ(F("{}", {S("a\"b\n")}), "a\"b\n");
  EXPECT_EQ(F("{}", {C(U'😀')}), "😀");
}

TEST(Fmt, DisplayOfUserTypesAndErrors) {
  const Types& t = types();
  EXPECT_EQ(F("[{:>10}]", {St(t.nodbg, {I(1)})}), "[<user>]");
  EXPECT_EQ(F("{}", {make_enum(4, 0)}), "<user>");
  EXPECT_EQ(F("{}", {St(t.foo, {I(1), S("x")})}), "ERR: `Foo` doesn't implement `std::fmt::Display`");
  EXPECT_EQ(F("{}", {make_vec({I(1)})}), "ERR: `Vec` doesn't implement `std::fmt::Display`");
  EXPECT_EQ(F("{}", {some(I(1))}), "ERR: `Option` doesn't implement `std::fmt::Display`");
  EXPECT_EQ(F("{}", {Value()}), "ERR: `()` doesn't implement `std::fmt::Display`");
  EXPECT_EQ(F("{}", {make_tuple({I(1), S("a")})}), "ERR: `({integer}, &str)` doesn't implement `std::fmt::Display`");
  EXPECT_EQ(F("{:x}", {D(1.0)}), "ERR: `{float}` doesn't implement `std::fmt::LowerHex`");
  EXPECT_EQ(F("{:e}", {S("a")}), "ERR: `&str` doesn't implement `std::fmt::LowerExp`");
  std::string out, error;
  FakeHost host;
  EXPECT_FALSE(display(host, make_vec({}), out, error));
  EXPECT_EQ(error, "`Vec` doesn't implement `std::fmt::Display`");
}

TEST(Fmt, HostValuesAndDurations) {
  auto dur = [](uint64_t s, uint32_t n) { return Value::adopt(new FakeHandle(true, s, n)); };
  EXPECT_EQ(F("{:?}", {Value::adopt(new FakeHandle(false, 0, 0))}), "Waker { .. }");
  EXPECT_EQ(F("{}", {Value::adopt(new FakeHandle(false, 0, 0))}), "ERR: `value` doesn't implement `std::fmt::Display`");
  EXPECT_EQ(F("{:?}", {dur(1, 500000000)}), "1.5s");
  EXPECT_EQ(F("{:.2?}", {dur(1, 234567000)}), "1.23s");
  EXPECT_EQ(F("{:?}", {dur(0, 1000001)}), "1.000001ms");
  EXPECT_EQ(F("{:?}", {dur(0, 0)}), "0ns");
  EXPECT_EQ(F("{:10?}|", {dur(0, 15000000)}), "15ms      |");
  EXPECT_EQ(F("{:>10?}|", {dur(0, 15000000)}), "      15ms|");
  EXPECT_EQ(F("{:010?}|", {dur(0, 15000000)}), "15ms      |");
  EXPECT_EQ(F("{:.0?}", {dur(999, 999600000)}), "1000s");
  EXPECT_EQ(F("{:?}", {dur(0, 3000)}), "3µs");
  EXPECT_EQ(F("{:+?}", {dur(3, 0)}), "+3s");
  EXPECT_EQ(F("{:.1?}", {dur(0, 1950000)}), "2.0ms");
  EXPECT_EQ(F("{:?}", {dur(100, 0)}), "100s");
  EXPECT_EQ(F("{:.3?}", {dur(1, 0)}), "1.000s");
  EXPECT_EQ(F("{}", {dur(1, 0)}), "ERR: `Duration` doesn't implement `std::fmt::Display`");
  auto guard = [](Value v) { return Value::adopt(new FakeHandle(false, 0, 0, std::move(v))); };
  EXPECT_EQ(F("{:>4}|{:#?}", {guard(I(5)), guard(some(I(1)))}), "   5|Some(\n    1,\n)");
}

TEST(Fmt, LiteralsAndPositions) {
  EXPECT_EQ(F("{0:?} x = {x:>4}, {{}}", {S("b"), S("a")}, {"x"}), "\"b\" x =    a, {}");
  EXPECT_EQ(F("{1} {0} {1}", {I(1), I(2)}), "2 1 2");
  EXPECT_EQ(F("no args"), "no args");
}

}  // namespace
}  // namespace ps::lang
