// Text helpers of the std natives: UTF-8 decoding, Rust's whitespace and
// case mapping, string patterns (a string, a char, a slice of chars or a
// `|c| ...` predicate) with their matching, and `str::parse`.
//
// `parse` cannot see the target type: text that reads as an integer gives
// Ok(int), as a float Ok(float); otherwise the error is a ParseIntError (or
// a ParseFloatError when the text has a `.` or an exponent), printed as Rust's.
#include <algorithm>
#include <cstdlib>
#include <cwctype>

#include "lang/lib/std/std_internal.h"

namespace ps::lang {
namespace stdlib {

char32_t utf8_decode(std::string_view s, size_t pos, size_t& len) {
  auto b = static_cast<unsigned char>(s[pos]);
  int n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
  if (n == 0 || pos + static_cast<size_t>(n) > s.size()) {
    len = 1;
    return 0xFFFD;
  }
  char32_t c = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
  for (int i = 1; i < n; ++i) c = (c << 6) | (static_cast<unsigned char>(s[pos + static_cast<size_t>(i)]) & 0x3F);
  len = static_cast<size_t>(n);
  return c;
}

bool is_rust_whitespace(char32_t c) {
  return (c >= 9 && c <= 13) || c == ' ' || c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

std::string case_map(std::string_view s, bool upper) {
  std::string out;
  for (size_t i = 0, n; i < s.size(); i += n) {
    char32_t c = utf8_decode(s, i, n);
    if (upper && c == U'ß') {
      out += "SS";
      continue;
    }
    if (c < 0x80)
      out += static_cast<char>(upper ? std::toupper(static_cast<int>(c)) : std::tolower(static_cast<int>(c)));
    else
      out += utf8_encode(
          static_cast<char32_t>(upper ? std::towupper(static_cast<wint_t>(c)) : std::towlower(static_cast<wint_t>(c))));
  }
  return out;
}

std::string& str_text(const Value& v) { return v.as<StrObj>()->text; }

bool is_boundary(const std::string& t, size_t i) {
  return i == 0 || i == t.size() || (i < t.size() && (static_cast<unsigned char>(t[i]) & 0xC0) != 0x80);
}

bool boundary_check(Interp& in, const std::string& t, size_t i, const char* what) {
  if (i <= t.size() && is_boundary(t, i)) return true;
  return in.fail(std::string("assertion failed: self.is_char_boundary(") + what + ")");
}

// --- Patterns -----------------------------------------------------------------------

bool want_pattern(Interp& in, const Value& v0, Pattern& p) {
  Value v = deref_guard(v0);
  if (v.is(ObjKind::Str)) {
    p.kind = Pattern::Text;
    p.s = str_text(v);
  } else if (v.is_char()) {
    p.kind = Pattern::Char;
    p.c = v.as_char();
  } else if (v.is(ObjKind::Vec)) {
    p.kind = Pattern::Chars;
    for (const Value& x : v.as<VecObj>()->items) {
      if (!x.is_char()) return in.fail("mismatched types: a pattern slice holds chars");
      p.set.push_back(x.as_char());
    }
  } else if (v.is(ObjKind::Closure) || v.is(ObjKind::Native)) {
    p.kind = Pattern::Pred;
    p.fn = v;
  } else {
    return in.fail("mismatched types: expected a pattern (a string, a char or a closure)");
  }
  return true;
}

// Does the char c match a char-like pattern?
bool char_matches(Interp& in, const Pattern& p, char32_t c, bool& m) {
  switch (p.kind) {
    case Pattern::Char: m = c == p.c; return true;
    case Pattern::Chars: m = std::find(p.set.begin(), p.set.end(), c) != p.set.end(); return true;
    case Pattern::Pred: return test1(in, p.fn, Value::character(c), m);
    case Pattern::Text: break;
  }
  m = false;
  return true;
}

// The first match at or after `from`; false when there is none (or on error).
bool find_match(Interp& in, const std::string& t, size_t from, const Pattern& p, size_t& at, size_t& len) {
  if (from > t.size()) return false;
  if (p.kind == Pattern::Text) {
    size_t i = t.find(p.s, from);
    if (i == std::string::npos) return false;
    at = i;
    len = p.s.size();
    return true;
  }
  for (size_t i = from, n; i < t.size(); i += n) {
    char32_t c = utf8_decode(t, i, n);
    bool m;
    if (!char_matches(in, p, c, m)) return false;
    if (m) {
      at = i;
      len = n;
      return true;
    }
  }
  return false;
}

// Every match, in order (non-overlapping, as str::matches).
bool all_matches(Interp& in, const std::string& t, const Pattern& p, std::vector<std::pair<size_t, size_t>>& out) {
  size_t pos = 0, at, len;
  while (find_match(in, t, pos, p, at, len)) {
    out.emplace_back(at, len);
    if (len > 0) {
      pos = at + len;
    } else {
      if (at >= t.size()) break;
      size_t n;
      utf8_decode(t, at, n);
      pos = at + n;
    }
  }
  return !in.failed();
}

// The pieces between matches; `limit` > 0 caps the number of pieces (splitn).
bool split_pieces(Interp& in, const std::string& t, const Pattern& p, size_t limit, std::vector<std::string>& out) {
  std::vector<std::pair<size_t, size_t>> ms;
  if (!all_matches(in, t, p, ms)) return false;
  size_t start = 0;
  for (auto [at, len] : ms) {
    if (limit && out.size() + 1 >= limit) break;
    out.push_back(t.substr(start, at - start));
    start = at + len;
  }
  out.push_back(t.substr(start));
  return true;
}

Value str_list(const std::vector<std::string>& parts) {
  std::vector<Value> v;
  v.reserve(parts.size());
  for (const std::string& s : parts) v.push_back(make_str(s));
  return list_iter(std::move(v));
}

// --- parse ------------------------------------------------------------------------

bool digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// Rust's float grammar: [+-] (inf | infinity | nan | digits[.digits][e[+-]digits] | .digits[...]).
bool float_text(std::string_view s) {
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) s.remove_prefix(1);
  std::string low;
  for (char c : s) low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (low == "inf" || low == "infinity" || low == "nan") return true;
  size_t i = 0, int_digits = 0, frac_digits = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++int_digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++frac_digits;
  }
  if (int_digits + frac_digits == 0) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (!digits(s.substr(i))) return false;
    return true;
  }
  return i == s.size();
}

bool str_parse(Interp&, Value* a, uint32_t, Value& out) {
  const std::string& t = str_text(a[0]);
  if (t.empty()) {
    out = err(std_error(StdError::IntEmpty));
    return true;
  }
  std::string_view body = t;
  bool neg = false;
  if (body[0] == '+' || body[0] == '-') {
    neg = body[0] == '-';
    body.remove_prefix(1);
  }
  if (digits(body)) {
    uint64_t v = 0;
    bool over = false;
    for (char c : body) {
      over |= __builtin_mul_overflow(v, 10u, &v) || __builtin_add_overflow(v, static_cast<uint64_t>(c - '0'), &v);
    }
    uint64_t limit = neg ? (uint64_t{1} << 63) : (uint64_t{1} << 63) - 1;
    if (over || v > limit) {
      out = err(std_error(neg ? StdError::IntNegOverflow : StdError::IntPosOverflow));
      return true;
    }
    out = ok(Value::integer(neg ? static_cast<int64_t>(0 - v) : static_cast<int64_t>(v)));
    return true;
  }
  if (float_text(t)) {
    out = ok(Value::floating(std::strtod(t.c_str(), nullptr)));
    return true;
  }
  bool floaty =
      t.find_first_of(".eE") != std::string::npos && t.find_first_not_of("0123456789+-.eE") == std::string::npos;
  out = err(std_error(floaty ? StdError::FloatInvalid : StdError::IntInvalidDigit));
  return true;
}

}  // namespace stdlib
}  // namespace ps::lang
