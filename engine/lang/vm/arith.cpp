// Arithmetic: the binary and unary operators on numbers (and the few other
// values they apply to: bools, strings, durations), `as` casts, and the
// numeric cases of equality and ordering.
#include "lang/vm/arith.h"

#include <cmath>

#include "lang/base/operators.h"
#include "lang/vm/interp.h"

namespace ps::lang {

bool time_binary(Interp& in, uint32_t op, const Value& a, const Value& b, Value& out);

namespace {

bool is_num(const Value& v) { return v.is_int() || v.is_float(); }
double num(const Value& v) { return v.is_int() ? static_cast<double>(v.as_int()) : v.as_float(); }

// Wrapping integer arithmetic (Rust's release builds), without signed overflow.
int64_t wrap_add(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b));
}
int64_t wrap_sub(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) - static_cast<uint64_t>(b));
}
int64_t wrap_mul(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) * static_cast<uint64_t>(b));
}

}  // namespace

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
      if (!compare(a, b, o)) return fail("these values cannot be compared");
      bool r = op == BinaryOp::Lt ? o < 0 : op == BinaryOp::Le ? o <= 0 : op == BinaryOp::Gt ? o > 0 : o >= 0;
      a = Value::boolean(r);
      return true;
    }
    default: break;
  }
  if (a.is_int() && b.is_int()) {
    int64_t x = a.as_int(), y = b.as_int();
    switch (op) {
      case BinaryOp::Add: a = Value::integer(wrap_add(x, y)); return true;
      case BinaryOp::Sub: a = Value::integer(wrap_sub(x, y)); return true;
      case BinaryOp::Mul: a = Value::integer(wrap_mul(x, y)); return true;
      case BinaryOp::Div:
        if (y == 0) return fail("attempt to divide by zero");
        a = Value::integer(x == INT64_MIN && y == -1 ? x : x / y);
        return true;
      case BinaryOp::Rem:
        if (y == 0) return fail("attempt to calculate the remainder with a divisor of zero");
        a = Value::integer(y == -1 ? 0 : x % y);
        return true;
      case BinaryOp::BitAnd: a = Value::integer(x & y); return true;
      case BinaryOp::BitOr: a = Value::integer(x | y); return true;
      case BinaryOp::BitXor: a = Value::integer(x ^ y); return true;
      case BinaryOp::Shl: a = Value::integer(static_cast<int64_t>(static_cast<uint64_t>(x) << (y & 63))); return true;
      case BinaryOp::Shr: a = Value::integer(x >> (y & 63)); return true;
      default: break;
    }
  }
  if (is_num(a) && is_num(b)) {
    double x = num(a), y = num(b);
    switch (op) {
      case BinaryOp::Add: a = Value::floating(x + y); return true;
      case BinaryOp::Sub: a = Value::floating(x - y); return true;
      case BinaryOp::Mul: a = Value::floating(x * y); return true;
      case BinaryOp::Div: a = Value::floating(x / y); return true;
      case BinaryOp::Rem: a = Value::floating(std::fmod(x, y)); return true;
      default: break;
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
      return fail("cannot add this value to a `String`");
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
  return fail(std::string("cannot apply `") + binary_op_text(op) + "` to these values");
}

bool Interp::unary(uint32_t op, Value& a) {
  a = through_guard(a);
  if (op >= static_cast<uint32_t>(Cast::ToFloat)) {
    auto c = static_cast<Cast>(op);
    int64_t i = a.is_int()     ? a.as_int()
                : a.is_float() ? static_cast<int64_t>(std::isnan(a.as_float()) ? 0 : a.as_float())
                : a.is_char()  ? static_cast<int64_t>(a.as_char())
                : a.is_bool()  ? (a.as_bool() ? 1 : 0)
                               : 0;
    if (!a.is_int() && !a.is_float() && !a.is_char() && !a.is_bool()) return fail("this value cannot be cast");
    switch (c) {
      case Cast::ToFloat: a = Value::floating(a.is_float() ? a.as_float() : static_cast<double>(i)); return true;
      case Cast::ToInt: a = Value::integer(i); return true;
      case Cast::ToU8: a = Value::integer(i & 0xff); return true;
      case Cast::ToU32: a = Value::integer(i & 0xffffffffLL); return true;
      case Cast::ToChar: a = Value::character(static_cast<char32_t>(i & 0x1fffff)); return true;
    }
  }
  if (static_cast<UnaryOp>(op) == UnaryOp::Neg) {
    if (a.is_int()) {
      a = Value::integer(wrap_sub(0, a.as_int()));
      return true;
    }
    if (a.is_float()) {
      a = Value::floating(-a.as_float());
      return true;
    }
  }
  if (static_cast<UnaryOp>(op) == UnaryOp::Not) {
    if (a.is_bool()) {
      a = Value::boolean(!a.as_bool());
      return true;
    }
    if (a.is_int()) {
      a = Value::integer(~a.as_int());
      return true;
    }
  }
  return fail("cannot apply this operator to this value");
}

bool is_number(const Value& v) { return is_num(v); }

bool numbers_equal(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) return a.as_int() == b.as_int();
  return num(a) == num(b);
}

bool compare_numbers(const Value& a, const Value& b, int& o) {
  auto cmp3 = [](auto x, auto y) { return x < y ? -1 : y < x ? 1 : 0; };
  if (a.is_int() && b.is_int()) {
    o = cmp3(a.as_int(), b.as_int());
    return true;
  }
  double x = num(a), y = num(b);
  if (std::isnan(x) || std::isnan(y)) return false;
  o = cmp3(x, y);
  return true;
}

}  // namespace ps::lang
