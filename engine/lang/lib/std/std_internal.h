// Shared plumbing of the std families of the runtime library (lib/std/*.cpp):
// the argument-count check every method goes through, and helpers for
// calling closures, comparing values and walking iterables.
//
// Methods see their receiver as args[0]. The `arity` wrapper checks the
// argument count the way rustc words it and looks through a lock guard
// (`guard.push(1)` acts on the guarded value), so each method body only
// handles its own receiver kind.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lang/lib/family.h"
#include "lang/program/value.h"
#include "lang/vm/interp.h"
#include "lang/vm/natives.h"
#include "lang/vm/objects.h"

namespace ps::lang {

// Turns anything iterable (Vec, range, iterator, Option, string chars) into an
// IterObj value. Fails with a located error for other values.
bool make_iter(Interp& in, const Value& v, Value& out);

// Duration / Instant operators (`+ - * /`, comparisons); `op` is a BinaryOp.
// Reports a runtime error and returns false for combinations Rust rejects;
// returns false without an error when neither operand is a Duration or Instant.
bool time_binary(Interp& in, uint32_t op, const Value& a, const Value& b, Value& out);

// Display text of the std error values natives create (ParseIntError, ...);
// false when v is not one of them.
bool builtin_error_display(const Value& v, std::string& out);

namespace stdlib {

// Method rows (lang/lib/family.h): PS_M wraps the native in `arity`.
using MethodDef = ::ps::lang::MethodDef;

// rustc's wording for a wrong argument count.
bool bad_arity(Interp& in, int min, int max, uint32_t got);
// The value a lock guard stands for (through_guard, lang/vm/objects.h); any other value, a cell included, is itself.
Value deref_guard(const Value& v);
bool is_guard(const Value& v);

template <NativeFn F, int Min, int Max, bool Raw = false>
bool arity(Interp& in, Value* a, uint32_t n, Value& out) {
  uint32_t k = n == 0 ? 0 : n - 1;
  if (k < static_cast<uint32_t>(Min) || k > static_cast<uint32_t>(Max)) return bad_arity(in, Min, Max, k);
  if (!Raw && is_guard(a[0])) a[0] = deref_guard(a[0]);
  return F(in, a, n, out);
}

#define PS_M(name, fn, lo, hi) \
  ::ps::lang::stdlib::MethodDef { name, &::ps::lang::stdlib::arity<fn, lo, hi> }
#define PS_MRAW(name, fn, lo, hi) \
  ::ps::lang::stdlib::MethodDef { name, &::ps::lang::stdlib::arity<fn, lo, hi, true> }

// --- Values ------------------------------------------------------------------------
inline bool is_enum(const Value& v, uint32_t id) { return v.is(ObjKind::Enum) && v.as<EnumObj>()->enum_id == id; }
inline bool is_variant(const Value& v, uint32_t id, uint32_t var) {
  return is_enum(v, id) && v.as<EnumObj>()->variant == var;
}
inline const Value& payload0(const Value& v) { return v.as<EnumObj>()->payload[0]; }
// Ordering::Less / Equal / Greater from -1 / 0 / 1.
inline Value ordering_value(int c) { return make_enum(kOrdering, static_cast<uint32_t>(c < 0 ? 0 : c == 0 ? 1 : 2)); }
inline Value time_value(HandleKind k, int64_t us) { return Value::adopt(new TimeObj(k, us)); }
bool is_time(const Value& v, HandleKind k);

// Typed reads of arguments; each reports a located error on a mismatch.
bool want_int(Interp& in, const Value& v, int64_t& out);
bool want_index(Interp& in, const Value& v, size_t& out);  // a usize
bool want_float(Interp& in, const Value& v, double& out);  // ints widen
bool want_bool(Interp& in, const Value& v, bool& out);
bool want_str(Interp& in, const Value& v, std::string& out);  // a Str or a char
// An Ordering enum as -1 / 0 / 1.
bool want_ordering(Interp& in, const Value& v, int& out);
// Compares two values; a located error when they do not compare.
bool cmp_values(Interp& in, const Value& a, const Value& b, int& out);

// Calls a closure with one or two arguments.
bool call1(Interp& in, const Value& fn, const Value& a, Value& out);
bool call2(Interp& in, const Value& fn, const Value& a, const Value& b, Value& out);
// Calls a predicate closure and reads its bool.
bool test1(Interp& in, const Value& fn, const Value& a, bool& out);

// --- Iteration ---------------------------------------------------------------------
// An iterator over a materialized list.
Value list_iter(std::vector<Value> items);
// Pulls the next item; false when done or on error (check in.failed()).
bool iter_next(Interp& in, const Value& it, Value& out);
// Drains an iterable into a vector; false on error.
bool collect_all(Interp& in, const Value& iterable, std::vector<Value>& out);

// --- Strings -----------------------------------------------------------------------
// Decodes the code point at `pos` (malformed bytes decode as U+FFFD, 1 byte).
char32_t utf8_decode(std::string_view s, size_t pos, size_t& len);
std::string utf8_encode(char32_t c);
bool is_rust_whitespace(char32_t c);
// Unicode upper / lower case of a whole string (`ß` uppercases to `SS`).
std::string case_map(std::string_view s, bool upper);
Value str_copy(const Value& v);  // a fresh String with the same text

std::string& str_text(const Value& v);             // the text of a StrObj
bool is_boundary(const std::string& t, size_t i);  // a char boundary (or the end)
// std's panic for a byte offset inside a char.
bool boundary_check(Interp& in, const std::string& t, size_t i, const char* what);

// A string pattern: a string, a char, a slice of chars or a predicate.
struct Pattern {
  enum Kind { Text, Char, Chars, Pred } kind = Text;
  std::string s;
  char32_t c = 0;
  std::vector<char32_t> set;
  Value fn;
};
bool want_pattern(Interp& in, const Value& v, Pattern& p);
// Does the char c match a char-like pattern (Char, Chars, Pred)?
bool char_matches(Interp& in, const Pattern& p, char32_t c, bool& m);
// The first match at or after `from`; false when there is none (or on error).
bool find_match(Interp& in, const std::string& t, size_t from, const Pattern& p, size_t& at, size_t& len);
// Every match, in order and non-overlapping (as str::matches).
bool all_matches(Interp& in, const std::string& t, const Pattern& p, std::vector<std::pair<size_t, size_t>>& out);
// The pieces between matches; `limit` > 0 caps their number (splitn).
bool split_pieces(Interp& in, const std::string& t, const Pattern& p, size_t limit, std::vector<std::string>& out);
// An iterator over Strings.
Value str_list(const std::vector<std::string>& parts);
// `str::parse` (receiver in args[0]).
bool str_parse(Interp& in, Value* args, uint32_t n, Value& out);

// Display of a value as a String (to_string).
bool to_string_value(Interp& in, const Value& v, Value& out);
// `{:?}` text of a value; reports a located error when it has no Debug.
bool debug_text(Interp& in, const Value& v, std::string& out, bool pretty = false);

// The std error values natives hand out: structs whose Debug and Display
// print as Rust's (`ParseIntError { kind: InvalidDigit }`).
enum class StdError {
  IntInvalidDigit,
  IntEmpty,
  IntPosOverflow,
  IntNegOverflow,
  FloatInvalid,
  FloatEmpty,
  WouldBlock,
  BorrowError,
  BorrowMutError,
  TryFromInt
};
Value std_error(StdError e);
// A default for a value of the same type as `like` (0, "", [], None, false);
// false when the type has no known default.
bool default_like(const Value& like, Value& out);

// `s.parse::<T>()` for a numeric T (args: the string, T's NumKind as an int).
bool str_parse_as(Interp& in, Value* a, uint32_t n, Value& out);
// `T::from(x)`, `T::try_from(x)`, `T::from_str_radix(s, radix)`: T's NumKind is the last argument.
bool num_from(Interp& in, Value* a, uint32_t n, Value& out);
bool num_try_from(Interp& in, Value* a, uint32_t n, Value& out);
bool num_from_str_radix(Interp& in, Value* a, uint32_t n, Value& out);

}  // namespace stdlib
}  // namespace ps::lang
