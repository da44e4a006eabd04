// String and &str methods. Strings are UTF-8: `len` counts bytes, `chars`
// walks code points, byte offsets that split a char panic as in std.
// Patterns (`split`, `find`, `trim_matches`, ...) may be a string, a char, a
// slice of chars or a `|c| ...` predicate. Strings are shared objects, so the
// mutators (push_str, push, clear, ...) change the StrObj in place.
// Matching and `parse` live in natives_text.cpp.
#include <algorithm>

#include "lang/lib/std/std_internal.h"

namespace ps::lang {
namespace stdlib {
namespace {

// --- Methods --------------------------------------------------------------------------

bool len(Interp&, Value* a, uint32_t, Value& out) {
  out = Value::integer(static_cast<int64_t>(str_text(a[0]).size()), NumKind::Usize);
  return true;
}

bool is_empty(Interp&, Value* a, uint32_t, Value& out) {
  out = Value::boolean(str_text(a[0]).empty());
  return true;
}

bool push_str(Interp& in, Value* a, uint32_t, Value& out) {
  std::string s;
  if (!want_str(in, a[1], s) || !in.string_fits(str_text(a[0]).size() + s.size())) return false;
  str_text(a[0]) += s;
  out = Value();
  return true;
}

// `fmt::Write::write_str` on a String, which `write!(s, ...)` calls: appends, then gives Ok(()).
bool write_str(Interp& in, Value* a, uint32_t n, Value& out) {
  if (!push_str(in, a, n, out)) return false;
  out = ok(Value());
  return true;
}

bool pop(Interp&, Value* a, uint32_t, Value& out) {
  std::string& t = str_text(a[0]);
  if (t.empty()) {
    out = none();
    return true;
  }
  size_t i = t.size() - 1;
  while (i > 0 && !is_boundary(t, i)) --i;
  size_t n;
  out = some(Value::character(utf8_decode(t, i, n)));
  t.resize(i);
  return true;
}

bool clear(Interp&, Value* a, uint32_t, Value& out) {
  str_text(a[0]).clear();
  out = Value();
  return true;
}

bool insert(Interp& in, Value* a, uint32_t, Value& out) {
  size_t i;
  std::string s;
  if (!want_index(in, a[1], i) || !want_str(in, a[2], s) || !boundary_check(in, str_text(a[0]), i, "idx")) return false;
  str_text(a[0]).insert(i, s);
  out = Value();
  return true;
}

bool remove(Interp& in, Value* a, uint32_t, Value& out) {
  size_t i;
  if (!want_index(in, a[1], i)) return false;
  std::string& t = str_text(a[0]);
  if (i >= t.size()) return in.fail("cannot remove a char from the end of a string");
  if (!boundary_check(in, t, i, "idx")) return false;
  size_t n;
  out = Value::character(utf8_decode(t, i, n));
  t.erase(i, n);
  return true;
}

bool truncate(Interp& in, Value* a, uint32_t, Value& out) {
  size_t n;
  if (!want_index(in, a[1], n)) return false;
  std::string& t = str_text(a[0]);
  if (n < t.size()) {
    if (!boundary_check(in, t, n, "new_len")) return false;
    t.resize(n);
  }
  out = Value();
  return true;
}

bool copy(Interp&, Value* a, uint32_t, Value& out) {
  out = make_str(str_text(a[0]));
  return true;
}

bool identity(Interp&, Value* a, uint32_t, Value& out) {
  out = a[0];
  return true;
}

template <bool Upper>
bool change_case(Interp&, Value* a, uint32_t, Value& out) {
  out = make_str(case_map(str_text(a[0]), Upper));
  return true;
}

template <bool Upper>
bool ascii_case(Interp&, Value* a, uint32_t, Value& out) {
  std::string s = str_text(a[0]);
  for (char& c : s)
    c = static_cast<char>(Upper ? std::toupper(static_cast<unsigned char>(c))
                                : std::tolower(static_cast<unsigned char>(c)));
  out = make_str(std::move(s));
  return true;
}

template <bool Upper>
bool make_ascii_case(Interp& in, Value* a, uint32_t n, Value& out) {
  Value changed;
  ascii_case<Upper>(in, a, n, changed);
  str_text(a[0]) = str_text(changed);
  out = Value();
  return true;
}

// trim / trim_start / trim_end: Which bit 1 = start, bit 2 = end.
template <int Which>
bool trim(Interp&, Value* a, uint32_t, Value& out) {
  const std::string& t = str_text(a[0]);
  size_t s = 0, e = t.size(), n;
  if (Which & 1)
    while (s < e && is_rust_whitespace(utf8_decode(t, s, n))) s += n;
  if (Which & 2)
    while (e > s) {
      size_t i = e - 1;
      while (i > s && !is_boundary(t, i)) --i;
      if (!is_rust_whitespace(utf8_decode(t, i, n))) break;
      e = i;
    }
  out = make_str(t.substr(s, e - s));
  return true;
}

template <int Which>
bool trim_matches(Interp& in, Value* a, uint32_t, Value& out) {
  Pattern p;
  if (!want_pattern(in, a[1], p)) return false;
  const std::string& t = str_text(a[0]);
  size_t s = 0, e = t.size(), at, len;
  if (Which & 1)
    while (s < e && find_match(in, t, s, p, at, len) && at == s && len > 0) s += len;
  if (Which & 2) {
    for (bool more = true; more && e > s;) {
      more = false;
      std::vector<std::pair<size_t, size_t>> ms;
      std::string head = t.substr(0, e);
      if (!all_matches(in, head, p, ms)) return false;
      if (!ms.empty() && ms.back().first + ms.back().second == e && ms.back().second > 0 && ms.back().first >= s) {
        e = ms.back().first;
        more = true;
      }
    }
  }
  if (in.failed()) return false;
  out = make_str(t.substr(s, e - s));
  return true;
}

// starts_with / ends_with for any pattern.
template <bool Start>
bool affix(Interp& in, Value* a, uint32_t, Value& out) {
  Pattern p;
  if (!want_pattern(in, a[1], p)) return false;
  const std::string& t = str_text(a[0]);
  bool r = false;
  if (p.kind == Pattern::Text) {
    r = t.size() >= p.s.size() &&
        (Start ? t.compare(0, p.s.size(), p.s) == 0 : t.compare(t.size() - p.s.size(), p.s.size(), p.s) == 0);
  } else if (!t.empty()) {
    size_t i = 0, n;
    if (!Start) {
      i = t.size() - 1;
      while (i > 0 && !is_boundary(t, i)) --i;
    }
    if (!char_matches(in, p, utf8_decode(t, i, n), r)) return false;
  }
  out = Value::boolean(r);
  return true;
}

template <bool Prefix>
bool strip(Interp& in, Value* a, uint32_t n, Value& out) {
  Value has;
  if (!affix<Prefix>(in, a, n, has)) return false;
  if (!has.as_bool()) {
    out = none();
    return true;
  }
  const std::string& t = str_text(a[0]);
  Pattern p;
  want_pattern(in, a[1], p);
  size_t cut = p.kind == Pattern::Text ? p.s.size() : 0;
  if (p.kind != Pattern::Text) {
    size_t i = Prefix ? 0 : t.size() - 1;
    while (!Prefix && i > 0 && !is_boundary(t, i)) --i;
    utf8_decode(t, i, cut);
  }
  out = some(make_str(Prefix ? t.substr(cut) : t.substr(0, t.size() - cut)));
  return true;
}

bool contains(Interp& in, Value* a, uint32_t, Value& out) {
  Pattern p;
  size_t at, len;
  if (!want_pattern(in, a[1], p)) return false;
  bool r = find_match(in, str_text(a[0]), 0, p, at, len);
  if (in.failed()) return false;
  out = Value::boolean(r);
  return true;
}

bool find(Interp& in, Value* a, uint32_t, Value& out) {
  Pattern p;
  size_t at, len;
  if (!want_pattern(in, a[1], p)) return false;
  bool r = find_match(in, str_text(a[0]), 0, p, at, len);
  if (in.failed()) return false;
  out = r ? some(Value::integer(static_cast<int64_t>(at), NumKind::Usize)) : none();
  return true;
}

bool rfind(Interp& in, Value* a, uint32_t, Value& out) {
  Pattern p;
  std::vector<std::pair<size_t, size_t>> ms;
  if (!want_pattern(in, a[1], p)) return false;
  if (p.kind == Pattern::Text) {
    size_t i = str_text(a[0]).rfind(p.s);
    out = i == std::string::npos ? none() : some(Value::integer(static_cast<int64_t>(i), NumKind::Usize));
    return true;
  }
  if (!all_matches(in, str_text(a[0]), p, ms)) return false;
  out = ms.empty() ? none() : some(Value::integer(static_cast<int64_t>(ms.back().first), NumKind::Usize));
  return true;
}

bool replace_impl(Interp& in, Value* a, size_t limit, Value& out) {
  Pattern p;
  std::string with;
  std::vector<std::pair<size_t, size_t>> ms;
  if (!want_pattern(in, a[1], p) || !want_str(in, a[2], with) || !all_matches(in, str_text(a[0]), p, ms)) return false;
  const std::string& t = str_text(a[0]);
  std::string r;
  size_t last = 0, done = 0;
  for (auto [at, len] : ms) {
    if (limit && done++ >= limit) break;
    r.append(t, last, at - last);
    r += with;
    last = at + len;
    if (!in.string_fits(r.size())) return false;
  }
  r.append(t, last, std::string::npos);
  out = make_str(std::move(r));
  return true;
}

bool replace(Interp& in, Value* a, uint32_t, Value& out) { return replace_impl(in, a, 0, out); }

bool replacen(Interp& in, Value* a, uint32_t, Value& out) {
  size_t k;
  if (!want_index(in, a[3], k)) return false;
  if (k == 0) {
    out = make_str(str_text(a[0]));
    return true;
  }
  return replace_impl(in, a, k, out);
}

bool repeat(Interp& in, Value* a, uint32_t, Value& out) {
  size_t k;
  if (!want_index(in, a[1], k)) return false;
  const std::string& t = str_text(a[0]);
  if (!t.empty() && !in.string_fits(k > in.limits().max_string_bytes ? k : t.size() * k)) return false;
  std::string r;
  r.reserve(t.size() * k);
  for (size_t i = 0; i < k; ++i) r += t;
  out = make_str(std::move(r));
  return true;
}

// split / split_terminator / rsplit.
template <int Mode>
bool split(Interp& in, Value* a, uint32_t, Value& out) {
  Pattern p;
  std::vector<std::string> parts;
  if (!want_pattern(in, a[1], p) || !split_pieces(in, str_text(a[0]), p, 0, parts)) return false;
  if (Mode == 1 && !parts.empty() && parts.back().empty()) parts.pop_back();
  if (Mode == 2) std::reverse(parts.begin(), parts.end());
  out = str_list(parts);
  return true;
}

bool splitn(Interp& in, Value* a, uint32_t, Value& out) {
  size_t k;
  Pattern p;
  std::vector<std::string> parts;
  if (!want_index(in, a[1], k) || !want_pattern(in, a[2], p)) return false;
  if (k > 0 && !split_pieces(in, str_text(a[0]), p, k, parts)) return false;
  out = str_list(parts);
  return true;
}

template <bool Last>
bool split_once(Interp& in, Value* a, uint32_t, Value& out) {
  Pattern p;
  std::vector<std::pair<size_t, size_t>> ms;
  if (!want_pattern(in, a[1], p) || !all_matches(in, str_text(a[0]), p, ms)) return false;
  if (ms.empty()) {
    out = none();
    return true;
  }
  auto [at, len] = Last ? ms.back() : ms.front();
  const std::string& t = str_text(a[0]);
  out = some(make_tuple({make_str(t.substr(0, at)), make_str(t.substr(at + len))}));
  return true;
}

bool split_whitespace(Interp&, Value* a, uint32_t, Value& out) {
  const std::string& t = str_text(a[0]);
  std::vector<std::string> parts;
  size_t start = 0, n;
  bool in_word = false;
  for (size_t i = 0; i < t.size(); i += n) {
    bool ws = is_rust_whitespace(utf8_decode(t, i, n));
    if (ws && in_word) parts.push_back(t.substr(start, i - start));
    if (!ws && !in_word) start = i;
    in_word = !ws;
  }
  if (in_word) parts.push_back(t.substr(start));
  out = str_list(parts);
  return true;
}

bool lines(Interp&, Value* a, uint32_t, Value& out) {
  const std::string& t = str_text(a[0]);
  std::vector<std::string> parts;
  size_t start = 0;
  while (start < t.size()) {
    size_t nl = t.find('\n', start);
    std::string line = t.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    if (nl != std::string::npos && !line.empty() && line.back() == '\r') line.pop_back();
    parts.push_back(std::move(line));
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  out = str_list(parts);
  return true;
}

bool chars(Interp& in, Value* a, uint32_t, Value& out) { return make_iter(in, a[0], out); }

bool char_indices(Interp&, Value* a, uint32_t, Value& out) {
  const std::string& t = str_text(a[0]);
  std::vector<Value> v;
  for (size_t i = 0, n; i < t.size(); i += n) {
    char32_t c = utf8_decode(t, i, n);
    v.push_back(make_tuple({Value::integer(static_cast<int64_t>(i)), Value::character(c)}));
  }
  out = list_iter(std::move(v));
  return true;
}

std::vector<Value> byte_values(const std::string& t) {
  std::vector<Value> v;
  for (unsigned char c : t) v.push_back(Value::integer(c, NumKind::U8));
  return v;
}

bool bytes(Interp&, Value* a, uint32_t, Value& out) {
  out = list_iter(byte_values(str_text(a[0])));
  return true;
}

bool as_bytes(Interp&, Value* a, uint32_t, Value& out) {
  out = make_vec(byte_values(str_text(a[0])));
  return true;
}

bool matches(Interp& in, Value* a, uint32_t, Value& out) {
  Pattern p;
  std::vector<std::pair<size_t, size_t>> ms;
  if (!want_pattern(in, a[1], p) || !all_matches(in, str_text(a[0]), p, ms)) return false;
  std::vector<std::string> parts;
  for (auto [at, len] : ms) parts.push_back(str_text(a[0]).substr(at, len));
  out = str_list(parts);
  return true;
}

bool is_char_boundary(Interp& in, Value* a, uint32_t, Value& out) {
  size_t i;
  if (!want_index(in, a[1], i)) return false;
  out = Value::boolean(i <= str_text(a[0]).size() && is_boundary(str_text(a[0]), i));
  return true;
}

bool get(Interp& in, Value* a, uint32_t, Value& out) {
  Value r = deref_guard(a[1]);
  if (!r.is(ObjKind::Range)) return in.fail("mismatched types: `str::get` takes a range");
  const std::string& t = str_text(a[0]);
  const RangeObj& rg = *r.as<RangeObj>();
  int64_t e = rg.bounded ? rg.end : static_cast<int64_t>(t.size());
  bool okay = rg.start >= 0 && rg.start <= e && e <= static_cast<int64_t>(t.size()) &&
              is_boundary(t, static_cast<size_t>(rg.start)) && is_boundary(t, static_cast<size_t>(e));
  out = okay ? some(make_str(t.substr(static_cast<size_t>(rg.start), static_cast<size_t>(e - rg.start)))) : none();
  return true;
}

bool split_at(Interp& in, Value* a, uint32_t, Value& out) {
  size_t i;
  if (!want_index(in, a[1], i)) return false;
  const std::string& t = str_text(a[0]);
  if (i > t.size() || !is_boundary(t, i)) return in.fail("failed to slice string");
  out = make_tuple({make_str(t.substr(0, i)), make_str(t.substr(i))});
  return true;
}

bool eq_ignore_ascii_case(Interp& in, Value* a, uint32_t, Value& out) {
  std::string o;
  if (!want_str(in, a[1], o)) return false;
  const std::string& t = str_text(a[0]);
  bool r = t.size() == o.size();
  for (size_t i = 0; r && i < t.size(); ++i)
    r = std::tolower(static_cast<unsigned char>(t[i])) == std::tolower(static_cast<unsigned char>(o[i]));
  out = Value::boolean(r);
  return true;
}

// `next` of a String: its first char (the String from `char::to_uppercase`
// stands in for Rust's ToUppercase iterator).
bool first_char(Interp&, Value* a, uint32_t, Value& out) {
  const std::string& t = str_text(a[0]);
  size_t n;
  out = t.empty() ? none() : some(Value::character(utf8_decode(t, 0, n)));
  return true;
}

bool is_ascii(Interp&, Value* a, uint32_t, Value& out) {
  bool r = true;
  for (unsigned char c : str_text(a[0])) r &= c < 0x80;
  out = Value::boolean(r);
  return true;
}

const MethodDef kStrMethods[] = {
    PS_M("len", len, 0, 0),
    PS_M("capacity", len, 0, 0),
    PS_M("is_empty", is_empty, 0, 0),
    PS_M("push_str", push_str, 1, 1),
    PS_M("push", push_str, 1, 1),
    PS_M("write_str", write_str, 1, 1),
    PS_M("pop", pop, 0, 0),
    PS_M("clear", clear, 0, 0),
    PS_M("insert", insert, 2, 2),
    PS_M("insert_str", insert, 2, 2),
    PS_M("remove", remove, 1, 1),
    PS_M("truncate", truncate, 1, 1),
    PS_M("to_string", copy, 0, 0),
    PS_M("to_owned", copy, 0, 0),
    PS_M("clone", copy, 0, 0),
    PS_M("into", copy, 0, 0),
    PS_M("into_string", copy, 0, 0),
    PS_M("as_str", identity, 0, 0),
    PS_M("as_mut_str", identity, 0, 0),
    PS_M("as_ref", identity, 0, 0),
    PS_M("borrow", identity, 0, 0),
    PS_M("deref", identity, 0, 0),
    PS_M("into_boxed_str", identity, 0, 0),
    PS_M("to_uppercase", change_case<true>, 0, 0),
    PS_M("to_lowercase", change_case<false>, 0, 0),
    PS_M("to_ascii_uppercase", ascii_case<true>, 0, 0),
    PS_M("to_ascii_lowercase", ascii_case<false>, 0, 0),
    PS_M("make_ascii_uppercase", make_ascii_case<true>, 0, 0),
    PS_M("make_ascii_lowercase", make_ascii_case<false>, 0, 0),
    PS_M("trim", trim<3>, 0, 0),
    PS_M("trim_start", trim<1>, 0, 0),
    PS_M("trim_end", trim<2>, 0, 0),
    PS_M("trim_left", trim<1>, 0, 0),
    PS_M("trim_right", trim<2>, 0, 0),
    PS_M("trim_matches", trim_matches<3>, 1, 1),
    PS_M("trim_start_matches", trim_matches<1>, 1, 1),
    PS_M("trim_end_matches", trim_matches<2>, 1, 1),
    PS_M("starts_with", affix<true>, 1, 1),
    PS_M("ends_with", affix<false>, 1, 1),
    PS_M("strip_prefix", strip<true>, 1, 1),
    PS_M("strip_suffix", strip<false>, 1, 1),
    PS_M("contains", contains, 1, 1),
    PS_M("find", find, 1, 1),
    PS_M("rfind", rfind, 1, 1),
    PS_M("replace", replace, 2, 2),
    PS_M("replacen", replacen, 3, 3),
    PS_M("repeat", repeat, 1, 1),
    PS_M("split", split<0>, 1, 1),
    PS_M("split_terminator", split<1>, 1, 1),
    PS_M("rsplit", split<2>, 1, 1),
    PS_M("splitn", splitn, 2, 2),
    PS_M("split_once", split_once<false>, 1, 1),
    PS_M("rsplit_once", split_once<true>, 1, 1),
    PS_M("split_whitespace", split_whitespace, 0, 0),
    PS_M("split_ascii_whitespace", split_whitespace, 0, 0),
    PS_M("lines", lines, 0, 0),
    PS_M("chars", chars, 0, 0),
    PS_M("char_indices", char_indices, 0, 0),
    PS_M("bytes", bytes, 0, 0),
    PS_M("as_bytes", as_bytes, 0, 0),
    PS_M("into_bytes", as_bytes, 0, 0),
    PS_M("matches", matches, 1, 1),
    PS_M("is_char_boundary", is_char_boundary, 1, 1),
    PS_M("get", get, 1, 1),
    PS_M("split_at", split_at, 1, 1),
    PS_M("eq_ignore_ascii_case", eq_ignore_ascii_case, 1, 1),
    PS_M("is_ascii", is_ascii, 0, 0),
    PS_M("parse", str_parse, 0, 0),
    PS_M("parse#", str_parse_as, 1, 1),
    PS_M("next", first_char, 0, 0),
    PS_M("collect", copy, 0, 0),
    PS_M("collect_string", copy, 0, 0),
};

}  // namespace

}  // namespace stdlib

namespace family {

const ApiFamily& std_str() {
  static const MethodGroup kMethods[] = {
      {Receiver::Str, stdlib::kStrMethods},
  };
  static const ApiFamily f{
      .name = "str, String",
      .summary = "Methods of str and String",
      .methods = kMethods,
      .through_guards = true,
  };
  return f;
}

}  // namespace family
}  // namespace ps::lang
