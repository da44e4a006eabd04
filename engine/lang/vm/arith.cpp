// Arithmetic: the binary and unary operators on numbers (and the few other
// values they apply to: bools, strings, durations), `as` casts, and the
// numeric cases of equality and ordering. Integer operators follow a debug
// build: overflow, division by zero and over-long shifts panic with rustc's
// messages; the result has the operands' kind.
#include "lang/vm/arith.h"

#include <cmath>

#include "lang/base/operators.h"
#include "lang/program/bytecode.h"
#include "lang/vm/interp.h"

namespace ps::lang {

bool time_binary(Interp& in, uint32_t op, const Value& a, const Value& b, Value& out);

namespace {

double num(const Value& v) {
  if (!v.is_int()) return v.as_float();
  return kind_unsigned(v.kind()) ? static_cast<double>(v.as_bits()) : static_cast<double>(v.as_int());
}

// rustc's debug-build panic for an operator that overflowed.
const char* overflow_message(BinaryOp op) {
  switch (op) {
    case BinaryOp::Add: return "attempt to add with overflow";
    case BinaryOp::Sub: return "attempt to subtract with overflow";
    case BinaryOp::Mul: return "attempt to multiply with overflow";
    case BinaryOp::Div: return "attempt to divide with overflow";
    case BinaryOp::Rem: return "attempt to calculate the remainder with overflow";
    case BinaryOp::Shl: return "attempt to shift left with overflow";
    case BinaryOp::Shr: return "attempt to shift right with overflow";
    default: return "arithmetic overflow";
  }
}

// The integer operators on x and y of kind k (shifts: x's kind).
bool int_binary(Interp& in, BinaryOp op, const Value& a, const Value& b, Value& out) {
  wide_int x = int_value(a), y = int_value(b), r = 0;
  NumKind k = op == BinaryOp::Shl || op == BinaryOp::Shr ? a.kind() : join_kinds(a.kind(), b.kind());
  bool over = false;
  switch (op) {
    case BinaryOp::Add: over = __builtin_add_overflow(x, y, &r); break;
    case BinaryOp::Sub: over = __builtin_sub_overflow(x, y, &r); break;
    case BinaryOp::Mul: over = __builtin_mul_overflow(x, y, &r); break;
    case BinaryOp::Div:
      if (y == 0) return in.fail("attempt to divide by zero");
      r = x / y;
      break;
    case BinaryOp::Rem:
      if (y == 0) return in.fail("attempt to calculate the remainder with a divisor of zero");
      if (y == -1 && x == kind_min(k)) return in.fail(overflow_message(op));
      r = x % y;
      break;
    case BinaryOp::BitAnd: r = wrap_to_kind(k, x & y); break;
    case BinaryOp::BitOr: r = wrap_to_kind(k, x | y); break;
    case BinaryOp::BitXor: r = wrap_to_kind(k, x ^ y); break;
    case BinaryOp::Shl:
    case BinaryOp::Shr: {
      if (y < 0 || y >= static_cast<wide_int>(kind_bits(k))) return in.fail(overflow_message(op));
      auto n = static_cast<int>(y);
      if (op == BinaryOp::Shl)
        r = wrap_to_kind(k, static_cast<wide_int>(static_cast<unsigned __int128>(x) << n));
      else
        r = x >> n;
      break;
    }
    default: return false;
  }
  if (k == NumKind::Int && !over && !kind_fits(NumKind::I32, r))
    return in.limit("unsupported: an integer whose type pollscope could not infer left i32's range; annotate its type");
  if (over || !kind_fits(k, r)) return in.fail(overflow_message(op));
  return make_int(in, k, r, out);
}

// The float operators, rounded to f32 when either operand is one.
bool float_binary(BinaryOp op, const Value& a, const Value& b, Value& out) {
  NumKind k = a.is_f32() || b.is_f32() ? NumKind::F32 : NumKind::F64;
  double x = num(a), y = num(b), r;
  switch (op) {
    case BinaryOp::Add: r = x + y; break;
    case BinaryOp::Sub: r = x - y; break;
    case BinaryOp::Mul: r = x * y; break;
    case BinaryOp::Div: r = x / y; break;
    case BinaryOp::Rem: r = std::fmod(x, y); break;
    default: return false;
  }
  out = Value::floating(round_float(k, r), k);
  return true;
}

// `f as k` for an integer kind: truncation toward zero, saturating at the
// kind's bounds, NaN as 0.
wide_int float_to_int(double f, NumKind k) {
  if (std::isnan(f)) return 0;
  double t = std::trunc(f);
  double lo = static_cast<double>(kind_min(k)), hi = static_cast<double>(kind_max(k));
  if (t <= lo) return kind_min(k);
  if (t >= hi) return kind_max(k);
  return static_cast<wide_int>(t);
}

}  // namespace

wide_int int_value(const Value& v) {
  if (kind_unsigned(v.kind())) return static_cast<wide_int>(v.as_bits());
  return static_cast<wide_int>(v.as_int());
}

wide_int kind_min(NumKind k) {
  if (kind_unsigned(k)) return 0;
  if (k == NumKind::I128) return -(static_cast<wide_int>(1) << 126) * 2;
  return -(static_cast<wide_int>(1) << (kind_bits(k) - 1));
}

wide_int kind_max(NumKind k) {
  if (k == NumKind::U128) return static_cast<wide_int>(~static_cast<unsigned __int128>(0) >> 1);  // clipped below
  if (k == NumKind::I128) return static_cast<wide_int>(~static_cast<unsigned __int128>(0) >> 1);
  if (kind_unsigned(k)) return (static_cast<wide_int>(1) << kind_bits(k)) - 1;
  return (static_cast<wide_int>(1) << (kind_bits(k) - 1)) - 1;
}

wide_int wrap_to_kind(NumKind k, wide_int x) {
  unsigned bits = kind_bits(k);
  if (bits >= 128) return x;
  auto u = static_cast<unsigned __int128>(x) & ((static_cast<unsigned __int128>(1) << bits) - 1);
  if (!kind_unsigned(k) && (u >> (bits - 1)) != 0) return static_cast<wide_int>(u) - (static_cast<wide_int>(1) << bits);
  return static_cast<wide_int>(u);
}

// Rust never mixes kinds; a difference here comes from an integer whose type
// pollscope could not infer, so an untyped one, then a defaulted i32, yields.
NumKind join_kinds(NumKind a, NumKind b) {
  if (a == b || b == NumKind::Int) return a;
  if (a == NumKind::Int || a == NumKind::I32) return b;
  return a;
}

bool make_int(Interp& in, NumKind k, wide_int x, Value& out) {
  if (k == NumKind::I128 && (x < INT64_MIN || x > INT64_MAX)) return in.limit("unsupported: i128 value beyond 64 bits");
  if (k == NumKind::U128 && (x < 0 || x > static_cast<wide_int>(UINT64_MAX)))
    return in.limit("unsupported: u128 value beyond 64 bits");
  out = Value::integer(static_cast<int64_t>(static_cast<uint64_t>(x)), k);
  return true;
}

std::string wide_to_string(wide_int x) {
  bool neg = x < 0;
  auto u =
      neg ? static_cast<unsigned __int128>(0) - static_cast<unsigned __int128>(x) : static_cast<unsigned __int128>(x);
  std::string s;
  do {
    s.insert(s.begin(), static_cast<char>('0' + static_cast<int>(u % 10)));
    u /= 10;
  } while (u != 0);
  return neg ? "-" + s : s;
}

bool cast_value(Interp& in, const Value& a, NumKind k, Value& out) {
  bool to_float = k == NumKind::F32 || k == NumKind::F64;
  if (a.is_float()) {
    if (to_float) {
      out = Value::floating(round_float(k, a.as_float()), k);
      return true;
    }
    return make_int(in, k, float_to_int(a.as_float(), k), out);
  }
  wide_int x;
  if (a.is_int())
    x = int_value(a);
  else if (a.is_char())
    x = static_cast<wide_int>(a.as_char());
  else if (a.is_bool())
    x = a.as_bool() ? 1 : 0;
  else
    return in.unsupported("this value cannot be cast");
  if (to_float) {
    double d = k == NumKind::F32 ? static_cast<double>(static_cast<float>(x)) : static_cast<double>(x);
    out = Value::floating(d, k);
    return true;
  }
  return make_int(in, k, wrap_to_kind(k, x), out);
}

bool numeric_binary(Interp& in, uint32_t op, Value& a, const Value& b) {
  Value out;
  bool done = a.is_int() && b.is_int() ? int_binary(in, static_cast<BinaryOp>(op), a, b, out)
                                       : float_binary(static_cast<BinaryOp>(op), a, b, out);
  if (done) a = std::move(out);
  return done;
}

bool Interp::binary(uint32_t op_code, Value& a, const Value& b0) {
  auto op = static_cast<BinaryOp>(op_code);
  Value b = through_guard(b0);
  a = through_guard(a);
  switch (op) {
    case BinaryOp::Eq: a = Value::boolean(values_equal(a, b)); return true;
    case BinaryOp::Ne: a = Value::boolean(!values_equal(a, b)); return true;
    case BinaryOp::Lt:
    case BinaryOp::Le:
    case BinaryOp::Gt:
    case BinaryOp::Ge: {
      int o;
      if (is_number(a) && is_number(b) && !compare_numbers(a, b, o)) {
        a = Value::boolean(false);  // NaN: every ordering comparison is false
        return true;
      }
      if (!compare(a, b, o)) return unsupported("these values cannot be compared");
      bool r = op == BinaryOp::Lt ? o < 0 : op == BinaryOp::Le ? o <= 0 : op == BinaryOp::Gt ? o > 0 : o >= 0;
      a = Value::boolean(r);
      return true;
    }
    default: break;
  }
  if (a.is_int() && b.is_int()) {
    Value out;
    if (int_binary(*this, op, a, b, out)) {
      a = std::move(out);
      return true;
    }
    if (panicking_) return false;
  }
  if (is_number(a) && is_number(b)) {
    Value out;
    if (float_binary(op, a, b, out)) {
      a = std::move(out);
      return true;
    }
  }
  if (a.is_bool() && b.is_bool()) {
    switch (op) {
      case BinaryOp::BitAnd: a = Value::boolean(a.as_bool() && b.as_bool()); return true;
      case BinaryOp::BitOr: a = Value::boolean(a.as_bool() || b.as_bool()); return true;
      case BinaryOp::BitXor: a = Value::boolean(a.as_bool() != b.as_bool()); return true;
      default: break;
    }
  }
  if (op == BinaryOp::Add && a.is(ObjKind::Str)) {
    std::string s = a.as<StrObj>()->text;
    if (b.is(ObjKind::Str)) {
      s += b.as<StrObj>()->text;
    } else if (b.is_char()) {
      std::string t;
      to_display(b, t);
      s += t;
    } else {
      return unsupported("cannot add this value to a `String`");
    }
    a = str(std::move(s));
    return true;
  }
  if (a.is(ObjKind::Handle) || b.is(ObjKind::Handle)) {
    Value out;
    if (time_binary(*this, op_code, a, b, out)) {
      a = std::move(out);
      return true;
    }
    if (panicking_) return false;
  }
  return unsupported(std::string("cannot apply `") + binary_op_text(op) + "` to these values");
}

bool Interp::unary(uint32_t op, Value& a) {
  a = through_guard(a);
  if (op >= static_cast<uint32_t>(Cast::Coerce)) {
    auto k = static_cast<NumKind>(op - static_cast<uint32_t>(Cast::Coerce));
    bool to_float = k == NumKind::F32 || k == NumKind::F64;
    if (a.is_int() && !to_float && a.kind() != k) {
      wide_int x = int_value(a);
      if (!kind_fits(k, x))
        return limit(std::string("unsupported: integer type not inferred: ") + wide_to_string(x) + " does not fit `" +
                     kind_name(k) + "`; annotate the value's type");
      return make_int(*this, k, x, a);
    }
    if (a.is_float() && to_float && a.kind() != k) a = Value::floating(round_float(k, a.as_float()), k);
    return true;
  }
  if (op >= static_cast<uint32_t>(Cast::ToChar)) {
    if (!a.is_int() && !a.is_char()) return unsupported("this value cannot be cast");
    a = Value::character(static_cast<char32_t>(a.is_char() ? a.as_char() : static_cast<char32_t>(a.as_int() & 0xff)));
    return true;
  }
  if (op >= static_cast<uint32_t>(Cast::ToKind)) {
    Value out;
    if (!cast_value(*this, a, static_cast<NumKind>(op - static_cast<uint32_t>(Cast::ToKind)), out)) return false;
    a = std::move(out);
    return true;
  }
  if (static_cast<UnaryOp>(op) == UnaryOp::Neg) {
    if (a.is_int()) {
      wide_int x = int_value(a);
      if (kind_unsigned(a.kind()) || -x < kind_min(a.kind()) || -x > kind_max(a.kind()))
        return fail("attempt to negate with overflow");
      return make_int(*this, a.kind(), -x, a);
    }
    if (a.is_float()) {
      a = Value::floating(-a.as_float(), a.kind());
      return true;
    }
  }
  if (static_cast<UnaryOp>(op) == UnaryOp::Not) {
    if (a.is_bool()) {
      a = Value::boolean(!a.as_bool());
      return true;
    }
    if (a.is_int()) return make_int(*this, a.kind(), wrap_to_kind(a.kind(), ~int_value(a)), a);
  }
  return unsupported("cannot apply this operator to this value");
}

bool is_number(const Value& v) { return v.is_int() || v.is_float(); }

bool numbers_equal(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) return int_value(a) == int_value(b);
  return num(a) == num(b);
}

bool compare_numbers(const Value& a, const Value& b, int& o) {
  auto cmp3 = [](auto x, auto y) { return x < y ? -1 : y < x ? 1 : 0; };
  if (a.is_int() && b.is_int()) {
    o = cmp3(int_value(a), int_value(b));
    return true;
  }
  double x = num(a), y = num(b);
  if (std::isnan(x) || std::isnan(y)) return false;
  o = cmp3(x, y);
  return true;
}

}  // namespace ps::lang
