// Helpers shared by the std natives (see natives_std_internal.h): argument
// checks with rustc's wording, closure calls, comparisons, Display / Debug
// text, and the std error values (ParseIntError, BorrowMutError, ...) that
// print as Rust prints them.
#include <string>
#include <vector>

#include "lang/base/literal.h"
#include "lang/fmt/fmt.h"
#include "lang/lib/std/std_internal.h"

namespace ps::lang {
namespace stdlib {

// --- Shared helpers ----------------------------------------------------------------

bool bad_arity(Interp& in, int min, int max, uint32_t got) {
  auto plural = [](int k) { return std::to_string(k) + (k == 1 ? " argument" : " arguments"); };
  std::string want = min == max ? plural(min) : std::to_string(min) + " to " + plural(max);
  return in.fail("this method takes " + want + " but " + std::to_string(got) +
                 (got == 1 ? " argument was" : " arguments were") + " supplied");
}

bool is_guard(const Value& v) { return v.is(ObjKind::Handle) && v.as<HandleObj>()->hkind == HandleKind::Guard; }

Value deref_guard(const Value& v) { return is_guard(v) ? through_guard(v) : v; }

bool is_time(const Value& v, HandleKind k) { return v.is(ObjKind::Handle) && v.as<HandleObj>()->hkind == k; }

namespace {
const char* kind_name(const Value& v) {
  switch (v.tag()) {
    case Value::Tag::Unit: return "()";
    case Value::Tag::Bool: return "bool";
    case Value::Tag::Int: return "integer";
    case Value::Tag::Float: return "float";
    case Value::Tag::Char: return "char";
    case Value::Tag::Moved: return "moved value";
    case Value::Tag::Obj: break;
  }
  switch (v.obj()->kind) {
    case ObjKind::Str: return "String";
    case ObjKind::Vec: return "Vec";
    case ObjKind::Tuple: return "tuple";
    case ObjKind::Struct: return "struct";
    case ObjKind::Enum: return "enum";
    case ObjKind::Closure: return "closure";
    case ObjKind::Native: return "function";
    case ObjKind::Future: return "future";
    case ObjKind::Range: return "range";
    case ObjKind::Iter: return "iterator";
    case ObjKind::Handle: return "handle";
    case ObjKind::Cell: return "cell";
    case ObjKind::Ref: return "reference";
    case ObjKind::Slot: return "variable";
  }
  return "value";
}

bool mismatch(Interp& in, const char* want, const Value& got) {
  return in.fail(std::string("mismatched types: expected ") + want + ", found " + kind_name(got));
}
}  // namespace

bool want_int(Interp& in, const Value& v0, int64_t& out) {
  Value v = deref_guard(v0);
  if (!v.is_int()) return mismatch(in, "integer", v);
  out = v.as_int();
  return true;
}

bool want_index(Interp& in, const Value& v, size_t& out) {
  int64_t i;
  if (!want_int(in, v, i)) return false;
  if (i < 0) return in.fail("mismatched types: expected `usize`, found a negative integer");
  out = static_cast<size_t>(i);
  return true;
}

bool want_float(Interp& in, const Value& v0, double& out) {
  Value v = deref_guard(v0);
  if (v.is_float())
    out = v.as_float();
  else if (v.is_int())
    out = static_cast<double>(v.as_int());
  else
    return mismatch(in, "float", v);
  return true;
}

bool want_bool(Interp& in, const Value& v, bool& out) {
  if (!v.is_bool()) return mismatch(in, "bool", v);
  out = v.as_bool();
  return true;
}

bool want_str(Interp& in, const Value& v0, std::string& out) {
  Value v = deref_guard(v0);
  if (v.is(ObjKind::Str))
    out = v.as<StrObj>()->text;
  else if (v.is_char())
    out = utf8_encode(v.as_char());
  else
    return mismatch(in, "&str", v);
  return true;
}

bool want_ordering(Interp& in, const Value& v, int& out) {
  if (!is_enum(v, kOrdering)) return mismatch(in, "Ordering", v);
  out = static_cast<int>(v.as<EnumObj>()->variant) - 1;
  return true;
}

bool cmp_values(Interp& in, const Value& a, const Value& b, int& out) {
  if (in.compare(deref_guard(a), deref_guard(b), out)) return true;
  if (in.failed()) return false;
  return in.fail(std::string("cannot compare ") + kind_name(a) + " with " + kind_name(b));
}

bool call1(Interp& in, const Value& fn, const Value& a, Value& out) {
  Value args[1] = {a};
  return in.call_value(fn, args, 1, out);
}

bool call2(Interp& in, const Value& fn, const Value& a, const Value& b, Value& out) {
  Value args[2] = {a, b};
  return in.call_value(fn, args, 2, out);
}

bool test1(Interp& in, const Value& fn, const Value& a, bool& out) {
  Value r;
  return call1(in, fn, a, r) && want_bool(in, r, out);
}

std::string utf8_encode(char32_t c) {
  std::string s;
  append_utf8(s, c);
  return s;
}

Value str_copy(const Value& v) { return make_str(deref_guard(v).as<StrObj>()->text); }

bool debug_text(Interp& in, const Value& v, std::string& out, bool pretty) {
  std::string error;
  if (debug(in, v, pretty, out, error)) return true;
  return in.failed() ? false : in.fail(error);
}

bool to_string_value(Interp& in, const Value& v0, Value& out) {
  Value v = deref_guard(v0);
  std::string text, error;
  if (builtin_error_display(v, text)) {
    out = make_str(std::move(text));
    return true;
  }
  if (!display(in, v, text, error)) return in.failed() ? false : in.fail(error);
  out = make_str(std::move(text));
  return true;
}

// --- Std error values ---------------------------------------------------------------

namespace {
TypeInfo unit_type(const char* name) {
  TypeInfo t;
  t.name = name;
  t.unit = true;
  t.derives_debug = true;
  t.derives_clone = true;
  return t;
}
TypeInfo kind_struct(const char* name) {
  TypeInfo t;
  t.name = name;
  t.fields = {"kind"};
  t.derives_debug = true;
  t.derives_clone = true;
  return t;
}

TypeInfo tuple_type(const char* name) {
  TypeInfo t;
  t.name = name;
  t.tuple = true;
  t.fields = {"0"};
  t.derives_debug = true;
  t.derives_clone = true;
  return t;
}

struct ErrorTypes {
  TypeInfo parse_int = kind_struct("ParseIntError");
  TypeInfo parse_float = kind_struct("ParseFloatError");
  TypeInfo invalid_digit = unit_type("InvalidDigit");
  TypeInfo empty = unit_type("Empty");
  TypeInfo pos_overflow = unit_type("PosOverflow");
  TypeInfo neg_overflow = unit_type("NegOverflow");
  TypeInfo invalid = unit_type("Invalid");
  TypeInfo would_block = unit_type("WouldBlock");
  TypeInfo borrow = unit_type("BorrowError");
  TypeInfo borrow_mut = unit_type("BorrowMutError");
  TypeInfo try_from_int = tuple_type("TryFromIntError");
};
const ErrorTypes& error_types() {
  static const ErrorTypes t;
  return t;
}
Value unit_struct(const TypeInfo& t) { return Value::adopt(new StructObj(&t, {})); }
}  // namespace

Value std_error(StdError e) {
  const ErrorTypes& t = error_types();
  auto kinded = [](const TypeInfo& outer, const TypeInfo& kind) {
    return Value::adopt(new StructObj(&outer, {unit_struct(kind)}));
  };
  switch (e) {
    case StdError::IntInvalidDigit: return kinded(t.parse_int, t.invalid_digit);
    case StdError::IntEmpty: return kinded(t.parse_int, t.empty);
    case StdError::IntPosOverflow: return kinded(t.parse_int, t.pos_overflow);
    case StdError::IntNegOverflow: return kinded(t.parse_int, t.neg_overflow);
    case StdError::FloatInvalid: return kinded(t.parse_float, t.invalid);
    case StdError::FloatEmpty: return kinded(t.parse_float, t.empty);
    case StdError::WouldBlock: return unit_struct(t.would_block);
    case StdError::BorrowError: return unit_struct(t.borrow);
    case StdError::BorrowMutError: return unit_struct(t.borrow_mut);
    case StdError::TryFromInt: return Value::adopt(new StructObj(&t.try_from_int, {Value()}));
  }
  return Value();
}

bool default_like(const Value& like0, Value& out) {
  Value like = deref_guard(like0);
  switch (like.tag()) {
    case Value::Tag::Int: out = Value::integer(0); return true;
    case Value::Tag::Float: out = Value::floating(0); return true;
    case Value::Tag::Bool: out = Value::boolean(false); return true;
    case Value::Tag::Char: out = Value::character(0); return true;
    case Value::Tag::Unit: out = Value(); return true;
    default: break;
  }
  if (like.is(ObjKind::Str))
    out = make_str("");
  else if (like.is(ObjKind::Vec))
    out = make_vec({});
  else if (is_enum(like, kOption))
    out = none();
  else
    return false;
  return true;
}

}  // namespace stdlib

bool builtin_error_display(const Value& v, std::string& out) {
  if (!v.is(ObjKind::Struct)) return false;
  const auto& t = stdlib::error_types();
  const StructObj& s = *v.as<StructObj>();
  const TypeInfo* kind =
      s.fields.empty() || !s.fields[0].is(ObjKind::Struct) ? nullptr : s.fields[0].as<StructObj>()->type;
  if (s.type == &t.parse_int) {
    if (kind == &t.empty)
      out = "cannot parse integer from empty string";
    else if (kind == &t.pos_overflow)
      out = "number too large to fit in target type";
    else if (kind == &t.neg_overflow)
      out = "number too small to fit in target type";
    else
      out = "invalid digit found in string";
  } else if (s.type == &t.parse_float) {
    out = kind == &t.empty ? "cannot parse float from empty string" : "invalid float literal";
  } else if (s.type == &t.would_block) {
    out = "try_lock failed because the operation would block";
  } else if (s.type == &t.borrow) {
    out = "RefCell already mutably borrowed";
  } else if (s.type == &t.borrow_mut) {
    out = "RefCell already borrowed";
  } else if (s.type == &t.try_from_int) {
    out = "out of range integral type conversion attempted";
  } else {
    return false;
  }
  return true;
}

}  // namespace ps::lang
