// The std prelude family: free functions by canonical path (String/Vec
// constructors, Box, Pin, Arc, mem::drop, cmp::{min, max}), the helpers the
// compiler calls (pollscope::assert_eq, pollscope::dbg) and the methods every
// value has (clone, to_string, eq, cmp, ...). Each kind's own methods live in
// the family named after it (str.cpp, vec.cpp, iter*.cpp, option.cpp,
// scalar.cpp, time.cpp, cell.cpp).
#include <string>
#include <vector>

#include "lang/lib/std/std_internal.h"

namespace ps::lang {
namespace stdlib {
namespace {

// --- Free functions ----------------------------------------------------------------

bool identity(Interp&, Value* a, uint32_t, Value& out) {
  out = a[0];
  return true;
}

bool string_new(Interp&, Value*, uint32_t, Value& out) {
  out = make_str("");
  return true;
}

bool string_from(Interp& in, Value* a, uint32_t, Value& out) {
  std::string s;
  if (!want_str(in, a[0], s)) return false;
  out = make_str(std::move(s));
  return true;
}

bool vec_new(Interp&, Value*, uint32_t, Value& out) {
  out = make_vec({});
  return true;
}

bool vec_from(Interp& in, Value* a, uint32_t, Value& out) {
  Value v = deref_guard(a[0]);
  if (v.is(ObjKind::Str)) {
    std::vector<Value> bytes;
    for (unsigned char c : v.as<StrObj>()->text) bytes.push_back(Value::integer(c));
    out = make_vec(std::move(bytes));
    return true;
  }
  std::vector<Value> items;
  if (!collect_all(in, v, items)) return false;
  out = make_vec(std::move(items));
  return true;
}

// Values inside `v` (nested Vecs, string bytes / 16), counted up to `cap`.
size_t elem_weight(const Value& v, size_t cap, int depth = 0) {
  if (v.is(ObjKind::Str)) return 1 + v.as<StrObj>()->text.size() / 16;
  if (!v.is(ObjKind::Vec) || depth > 32) return 1;
  size_t w = 1;
  for (const Value& x : v.as<VecObj>()->items) {
    w += elem_weight(x, cap, depth + 1);
    if (w > cap) break;
  }
  return w;
}

// `vec![value; count]`: the value cloned count times (moved into the last slot).
bool vec_from_elem(Interp& in, Value* a, uint32_t, Value& out) {
  size_t count;
  if (!want_index(in, a[1], count)) return false;
  if (!in.collection_fits(count)) return false;
  if (count > 1 && elem_weight(a[0], in.limits().max_objects) > in.limits().max_objects / count)
    return in.collection_fits(SIZE_MAX);
  std::vector<Value> items;
  items.reserve(count);
  for (size_t i = 0; i + 1 < count; ++i) items.push_back(in.clone_value(a[0]));
  if (count > 0) items.push_back(a[0]);
  out = make_vec(std::move(items));
  return true;
}

// `[x; n]`: like vec![x; n], but an array, which is Copy when its elements are.
bool array_from_elem(Interp& in, Value* a, uint32_t n, Value& out) {
  if (!vec_from_elem(in, a, n, out)) return false;
  out.as<VecObj>()->array = true;
  return true;
}

bool mem_drop(Interp&, Value* a, uint32_t, Value& out) {
  a[0] = Value();
  out = Value();
  return true;
}

bool arc_ptr_eq(Interp&, Value* a, uint32_t, Value& out) {
  out = Value::boolean(a[0].is_obj() && a[1].is_obj() && a[0].obj() == a[1].obj());
  return true;
}

bool cmp_max(Interp& in, Value* a, uint32_t, Value& out) {
  int c;
  if (!cmp_values(in, a[0], a[1], c)) return false;
  out = c > 0 ? a[0] : a[1];  // equal: the second, as Ord::max
  return true;
}

bool cmp_min(Interp& in, Value* a, uint32_t, Value& out) {
  int c;
  if (!cmp_values(in, a[0], a[1], c)) return false;
  out = c <= 0 ? a[0] : a[1];  // equal: the first, as Ord::min
  return true;
}

bool char_from_u32(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t c;
  if (!want_int(in, a[0], c)) return false;
  bool valid = c >= 0 && c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF);
  out = valid ? some(Value::character(static_cast<char32_t>(c))) : none();
  return true;
}

bool char_from(Interp& in, Value* a, uint32_t n, Value& out) {
  if (a[0].is_char()) {
    out = a[0];
    return true;
  }
  if (!char_from_u32(in, a, n, out)) return false;
  if (!is_variant(out, kOption, kSome)) return in.fail("converted integer out of range for `char`");
  out = payload0(out);
  return true;
}

bool char_from_digit(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t d, radix;
  if (!want_int(in, a[0], d) || !want_int(in, a[1], radix)) return false;
  if (radix < 2 || radix > 36) return in.fail("from_digit: radix is too high (maximum 36)");
  out = d >= 0 && d < radix ? some(Value::character(static_cast<char32_t>(d < 10 ? '0' + d : 'a' + d - 10))) : none();
  return true;
}

bool default_default(Interp& in, Value*, uint32_t, Value&) {
  return in.fail("unsupported: Default::default() (pollscope does not know the type to build)");
}

// `assert_eq!(left, right[, msg])` and `assert_ne!`: args are left, right, message or ().
bool assert_cmp(Interp& in, Value* a, bool want_equal) {
  bool eq = in.values_equal(a[0], a[1]);
  if (in.failed()) return false;
  if (eq == want_equal) return true;
  std::string l, r;
  if (!debug_text(in, a[0], l) || !debug_text(in, a[1], r)) return false;
  std::string msg = want_equal ? "assertion `left == right` failed" : "assertion `left != right` failed";
  if (a[2].is(ObjKind::Str)) msg += ": " + a[2].as<StrObj>()->text;
  msg += "\n  left: " + l + "\n right: " + r;
  return in.fail(msg);
}

bool assert_eq(Interp& in, Value* a, uint32_t, Value& out) {
  out = Value();
  return assert_cmp(in, a, true);
}

bool assert_ne(Interp& in, Value* a, uint32_t, Value& out) {
  out = Value();
  return assert_cmp(in, a, false);
}

// `dbg!(expr)`: prints the header and the pretty Debug of the value to stderr, returns the value.
bool dbg(Interp& in, Value* a, uint32_t, Value& out) {
  std::string text = a[1].is(ObjKind::Str) ? a[1].as<StrObj>()->text : std::string();
  if (!debug_text(in, a[0], text, true)) return false;
  text += '\n';
  in.output(text, true);
  out = a[0];
  return true;
}

const FnDef kStdNatives[] = {
    {"std::string::String::new", string_new, 0, 0},
    {"std::string::String::from", string_from, 1, 1},
    {"std::string::String::with_capacity", string_new, 1, 1},
    {"std::string::ToString::to_string",
     [](Interp& in, Value* a, uint32_t, Value& out) { return to_string_value(in, a[0], out); }, 1, 1},
    {"std::vec::Vec::new", vec_new, 0, 0},
    {"std::vec::Vec::with_capacity", vec_new, 1, 1},
    {"std::vec::Vec::from", vec_from, 1, 1},
    {"std::vec::from_elem", vec_from_elem, 2, 2},
    {"pollscope::array_from_elem", array_from_elem, 2, 2},
    {"std::boxed::Box::new", identity, 1, 1},
    {"std::pin::Pin::new",
     identity,
     1,
     1,
     {"Pin::new(&mut T) -> Pin<&mut T>", "Pins a value that does not care about being moved (Unpin).", "Pin::new(${1})",
      "Pin::new"}},
    {"std::pin::pin", identity, 1, 1},
    {"std::sync::Arc::new", identity, 1, 1},
    {"std::sync::Arc::clone", identity, 1, 1},
    {"std::sync::Arc::ptr_eq", arc_ptr_eq, 2, 2},
    {"std::rc::Rc::new", identity, 1, 1},
    {"std::rc::Rc::clone", identity, 1, 1},
    {"std::mem::drop", mem_drop, 1, 1},
    {"std::cmp::max", cmp_max, 2, 2},
    {"std::cmp::min", cmp_min, 2, 2},
    {"std::default::Default::default", default_default, 0, 0},
    {"char::from_u32", char_from_u32, 1, 1},
    {"std::char::from_u32", char_from_u32, 1, 1},
    {"char::from_digit", char_from_digit, 2, 2},
    {"std::char::from_digit", char_from_digit, 2, 2},
    {"char::from", char_from, 1, 1},
    {"pollscope::assert_eq", assert_eq, 3, 3},
    {"pollscope::assert_ne", assert_ne, 3, 3},
    {"pollscope::dbg", dbg, 2, 2},
    {"pollscope::num_from", num_from, 2, 2},
    {"pollscope::num_try_from", num_try_from, 2, 2},
    {"pollscope::num_from_str_radix", num_from_str_radix, 3, 3},
};

// --- Methods every value has ---------------------------------------------------------

bool g_clone(Interp& in, Value* a, uint32_t, Value& out) {
  out = in.clone_value(a[0]);
  return true;
}

bool g_to_string(Interp& in, Value* a, uint32_t, Value& out) { return to_string_value(in, a[0], out); }

bool g_eq(Interp& in, Value* a, uint32_t, Value& out) {
  out = Value::boolean(in.values_equal(a[0], deref_guard(a[1])));
  return !in.failed();
}

bool g_ne(Interp& in, Value* a, uint32_t, Value& out) {
  out = Value::boolean(!in.values_equal(a[0], deref_guard(a[1])));
  return !in.failed();
}

bool g_cmp(Interp& in, Value* a, uint32_t, Value& out) {
  int c;
  if (!cmp_values(in, a[0], a[1], c)) return false;
  out = ordering_value(c);
  return true;
}

bool g_partial_cmp(Interp& in, Value* a, uint32_t, Value& out) {
  int c;
  if (!cmp_values(in, a[0], a[1], c)) return false;
  out = some(ordering_value(c));
  return true;
}

template <int Op>
bool g_rel(Interp& in, Value* a, uint32_t, Value& out) {
  int c;
  if (!cmp_values(in, a[0], a[1], c)) return false;
  bool r = Op == 0 ? c < 0 : Op == 1 ? c <= 0 : Op == 2 ? c > 0 : c >= 0;
  out = Value::boolean(r);
  return true;
}

bool g_clamp(Interp& in, Value* a, uint32_t, Value& out) {
  int lo, hi;
  if (!cmp_values(in, a[0], a[1], lo) || !cmp_values(in, a[0], a[2], hi)) return false;
  out = lo < 0 ? a[1] : hi > 0 ? a[2] : a[0];
  return true;
}

bool g_iter(Interp& in, Value* a, uint32_t, Value& out) { return make_iter(in, a[0], out); }

const MethodDef kGenericMethods[] = {
    PS_M("clone", g_clone, 0, 0),
    PS_M("to_string", g_to_string, 0, 0),
    PS_M("to_owned", g_clone, 0, 0),
    PS_M("into", identity, 0, 0),
    PS_M("as_ref", identity, 0, 0),
    PS_M("as_mut", identity, 0, 0),
    PS_M("borrow", identity, 0, 0),
    PS_M("borrow_mut", identity, 0, 0),
    PS_M("by_ref", identity, 0, 0),
    PS_M("eq", g_eq, 1, 1),
    PS_M("ne", g_ne, 1, 1),
    PS_M("cmp", g_cmp, 1, 1),
    PS_M("partial_cmp", g_partial_cmp, 1, 1),
    PS_M("lt", g_rel<0>, 1, 1),
    PS_M("le", g_rel<1>, 1, 1),
    PS_M("gt", g_rel<2>, 1, 1),
    PS_M("ge", g_rel<3>, 1, 1),
    PS_M("max", cmp_max, 1, 1),
    PS_M("min", cmp_min, 1, 1),
    PS_M("clamp", g_clamp, 2, 2),
    PS_M("iter", g_iter, 0, 0),
    PS_M("into_iter", g_iter, 0, 0),
};

const MethodGroup kPreludeMethods[] = {{Receiver::Any, kGenericMethods}};

const DocDef kPreludeDocs[] = {
    {"println!",
     {"println!(\"{}\", value)",
      "Prints a line of program output; it stands out in the trace.",
      "println!(\"${1}\");",
      {},
      DocKind::Macro}},
};

}  // namespace
}  // namespace stdlib

namespace family {

const ApiFamily& std_prelude() {
  static const ApiFamily f{
      .name = "std prelude",
      .summary = "String, Vec, Box, Pin, Arc, Rc, mem::drop, cmp, char, assert!/dbg!, and the methods every value has",
      .functions = stdlib::kStdNatives,
      .methods = stdlib::kPreludeMethods,
      .docs = stdlib::kPreludeDocs,
      .through_guards = true,
  };
  return f;
}

}  // namespace family
}  // namespace ps::lang
