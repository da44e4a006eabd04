// Methods of the scalar types: integers (all i64 here), floats (f64), chars
// and bools, and the `char::from_u32` / `char::from_digit` functions.
//
// Integer width and signedness are not known at run time. Overflow panics
// use i64 bounds, and `checked_sub` / `saturating_sub` of two non-negative
// numbers treat them as unsigned (None / 0 below zero), the common use with
// usize counters.
#include <cmath>
#include <cstring>
#include <cwctype>
#include <limits>

#include "lang/lib/std/std_internal.h"

namespace ps::lang {
namespace stdlib {
namespace {

bool ret(Value& out, Value v) {
  out = std::move(v);
  return true;
}

int64_t I(const Value& v) { return v.as_int(); }

// --- Integers ---------------------------------------------------------------------------

bool i_abs(Interp& in, Value* a, uint32_t, Value& out) {
  if (I(a[0]) == std::numeric_limits<int64_t>::min()) return in.fail("attempt to negate with overflow");
  return ret(out, Value::integer(std::llabs(I(a[0]))));
}

bool ipow(int64_t b, int64_t e, int64_t& r) {
  r = 1;
  for (int64_t i = 0; i < e; ++i)
    if (__builtin_mul_overflow(r, b, &r)) return false;
  return true;
}

bool want_exp(Interp& in, const Value& v, int64_t& e) {
  if (!want_int(in, v, e)) return false;
  if (e < 0) return in.fail("mismatched types: expected `u32`, found a negative integer");
  return true;
}

bool i_pow(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t e, r;
  if (!want_exp(in, a[1], e)) return false;
  if (!ipow(I(a[0]), std::min<int64_t>(e, 200), r)) return in.fail("attempt to multiply with overflow");
  if (I(a[0]) == -1) r = e % 2 ? -1 : 1;
  return ret(out, Value::integer(r));
}

enum Arith { Add, Sub, Mul, Div, Rem, Pow };

bool arith(int op, int64_t x, int64_t y, int64_t& r) {
  switch (op) {
    case Add: return !__builtin_add_overflow(x, y, &r);
    case Sub: return !__builtin_sub_overflow(x, y, &r) && !(x >= 0 && y >= 0 && r < 0);
    case Mul: return !__builtin_mul_overflow(x, y, &r);
    case Div:
      if (y == 0 || (x == std::numeric_limits<int64_t>::min() && y == -1)) return false;
      r = x / y;
      return true;
    case Rem:
      if (y == 0 || (x == std::numeric_limits<int64_t>::min() && y == -1)) return false;
      r = x % y;
      return true;
    case Pow: return y >= 0 && ipow(x, std::min<int64_t>(y, 200), r);
  }
  return false;
}

template <int Op>
bool i_checked(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t y, r;
  if (!want_int(in, a[1], y)) return false;
  return ret(out, arith(Op, I(a[0]), y, r) ? some(Value::integer(r)) : none());
}

template <int Op>
bool i_saturating(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t x = I(a[0]), y, r;
  if (!want_int(in, a[1], y)) return false;
  if (!arith(Op, x, y, r)) {
    bool neg = Op == Mul ? (x < 0) != (y < 0) : Op == Sub ? y > x : y < 0;
    if (Op == Sub && x >= 0 && y >= 0)
      r = 0;
    else
      r = neg ? std::numeric_limits<int64_t>::min() : std::numeric_limits<int64_t>::max();
  }
  return ret(out, Value::integer(r));
}

template <int Op>
bool i_wrapping(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t y;
  if (!want_int(in, a[1], y)) return false;
  auto x = static_cast<uint64_t>(I(a[0]));
  auto u = static_cast<uint64_t>(y);
  uint64_t r = Op == Add ? x + u : Op == Sub ? x - u : x * u;
  return ret(out, Value::integer(static_cast<int64_t>(r)));
}

bool i_signum(Interp&, Value* a, uint32_t, Value& out) {
  return ret(out, Value::integer(I(a[0]) > 0 ? 1 : I(a[0]) < 0 ? -1 : 0));
}

template <bool Rem>
bool i_euclid(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t y;
  if (!want_int(in, a[1], y)) return false;
  if (y == 0)
    return in.fail(Rem ? "attempt to calculate the remainder with a divisor of zero" : "attempt to divide by zero");
  int64_t x = I(a[0]), q = x / y, r = x % y;
  if (r < 0) {
    r += y > 0 ? y : -y;
    q += y > 0 ? -1 : 1;
  }
  return ret(out, Value::integer(Rem ? r : q));
}

bool i_abs_diff(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t y;
  if (!want_int(in, a[1], y)) return false;
  return ret(out, Value::integer(I(a[0]) > y ? I(a[0]) - y : y - I(a[0])));
}

bool i_is_positive(Interp&, Value* a, uint32_t, Value& out) { return ret(out, Value::boolean(I(a[0]) > 0)); }
bool i_is_negative(Interp&, Value* a, uint32_t, Value& out) { return ret(out, Value::boolean(I(a[0]) < 0)); }

bool i_count_ones(Interp&, Value* a, uint32_t, Value& out) {
  return ret(out, Value::integer(__builtin_popcountll(static_cast<uint64_t>(I(a[0])))));
}

bool i_trailing_zeros(Interp&, Value* a, uint32_t, Value& out) {
  return ret(out, Value::integer(I(a[0]) == 0 ? 64 : __builtin_ctzll(static_cast<uint64_t>(I(a[0])))));
}

bool i_is_power_of_two(Interp&, Value* a, uint32_t, Value& out) {
  int64_t x = I(a[0]);
  return ret(out, Value::boolean(x > 0 && (x & (x - 1)) == 0));
}

bool i_next_power_of_two(Interp&, Value* a, uint32_t, Value& out) {
  int64_t p = 1;
  while (p < I(a[0]) && p < (int64_t{1} << 62)) p <<= 1;
  return ret(out, Value::integer(p));
}

bool i_isqrt(Interp& in, Value* a, uint32_t, Value& out) {
  if (I(a[0]) < 0) return in.fail("argument of integer square root cannot be negative");
  auto r = static_cast<int64_t>(std::sqrt(static_cast<double>(I(a[0]))));
  while (r * r > I(a[0])) --r;
  while ((r + 1) * (r + 1) <= I(a[0])) ++r;
  return ret(out, Value::integer(r));
}

template <int Base>
bool i_ilog(Interp& in, Value* a, uint32_t, Value& out) {
  if (I(a[0]) <= 0) return in.fail("argument of integer logarithm must be positive");
  int64_t x = I(a[0]), n = 0;
  while (x >= Base) x /= Base, ++n;
  return ret(out, Value::integer(n));
}

const MethodDef kIntMethods[] = {
    PS_M("abs", i_abs, 0, 0),
    PS_M("pow", i_pow, 1, 1),
    PS_M("checked_add", i_checked<Add>, 1, 1),
    PS_M("checked_sub", i_checked<Sub>, 1, 1),
    PS_M("checked_mul", i_checked<Mul>, 1, 1),
    PS_M("checked_div", i_checked<Div>, 1, 1),
    PS_M("checked_rem", i_checked<Rem>, 1, 1),
    PS_M("checked_pow", i_checked<Pow>, 1, 1),
    PS_M("saturating_add", i_saturating<Add>, 1, 1),
    PS_M("saturating_sub", i_saturating<Sub>, 1, 1),
    PS_M("saturating_mul", i_saturating<Mul>, 1, 1),
    PS_M("wrapping_add", i_wrapping<Add>, 1, 1),
    PS_M("wrapping_sub", i_wrapping<Sub>, 1, 1),
    PS_M("wrapping_mul", i_wrapping<Mul>, 1, 1),
    PS_M("signum", i_signum, 0, 0),
    PS_M("rem_euclid", i_euclid<true>, 1, 1),
    PS_M("div_euclid", i_euclid<false>, 1, 1),
    PS_M("abs_diff", i_abs_diff, 1, 1),
    PS_M("is_positive", i_is_positive, 0, 0),
    PS_M("is_negative", i_is_negative, 0, 0),
    PS_M("count_ones", i_count_ones, 0, 0),
    PS_M("trailing_zeros", i_trailing_zeros, 0, 0),
    PS_M("is_power_of_two", i_is_power_of_two, 0, 0),
    PS_M("next_power_of_two", i_next_power_of_two, 0, 0),
    PS_M("isqrt", i_isqrt, 0, 0),
    PS_M("ilog2", i_ilog<2>, 0, 0),
    PS_M("ilog10", i_ilog<10>, 0, 0),
};

// --- Floats -----------------------------------------------------------------------------

double F(const Value& v) { return v.as_float(); }

template <double (*Fn)(double)>
bool f_unary(Interp&, Value* a, uint32_t, Value& out) {
  return ret(out, Value::floating(Fn(F(a[0]))));
}

template <double (*Fn)(double, double)>
bool f_binary(Interp& in, Value* a, uint32_t, Value& out) {
  double y;
  if (!want_float(in, a[1], y)) return false;
  return ret(out, Value::floating(Fn(F(a[0]), y)));
}

double d_floor(double x) { return std::floor(x); }
double d_ceil(double x) { return std::ceil(x); }
double d_round(double x) { return std::round(x); }
double d_trunc(double x) { return std::trunc(x); }
double d_fract(double x) { return x - std::trunc(x); }
double d_abs(double x) { return std::fabs(x); }
double d_sqrt(double x) { return std::sqrt(x); }
double d_cbrt(double x) { return std::cbrt(x); }
double d_exp(double x) { return std::exp(x); }
double d_exp2(double x) { return std::exp2(x); }
double d_ln(double x) { return std::log(x); }
double d_log10(double x) { return std::log10(x); }
double d_log2(double x) { return std::log2(x); }
double d_sin(double x) { return std::sin(x); }
double d_cos(double x) { return std::cos(x); }
double d_tan(double x) { return std::tan(x); }
double d_asin(double x) { return std::asin(x); }
double d_acos(double x) { return std::acos(x); }
double d_atan(double x) { return std::atan(x); }
double d_sinh(double x) { return std::sinh(x); }
double d_cosh(double x) { return std::cosh(x); }
double d_tanh(double x) { return std::tanh(x); }
double d_recip(double x) { return 1 / x; }
double d_degrees(double x) { return x * (180.0 / M_PI); }
double d_radians(double x) { return x * (M_PI / 180.0); }
double d_signum(double x) { return std::isnan(x) ? x : std::copysign(1.0, x); }
double d_powf(double x, double y) { return std::pow(x, y); }
double d_log(double x, double b) { return std::log(x) / std::log(b); }
double d_atan2(double y, double x) { return std::atan2(y, x); }
double d_hypot(double x, double y) { return std::hypot(x, y); }
double d_max(double x, double y) { return std::fmax(x, y); }
double d_min(double x, double y) { return std::fmin(x, y); }
double d_rem_euclid(double x, double y) {
  double r = std::fmod(x, y);
  return r < 0 ? r + std::fabs(y) : r;
}
double d_div_euclid(double x, double y) {
  double q = std::trunc(x / y);
  return std::fmod(x, y) < 0 ? (y > 0 ? q - 1 : q + 1) : q;
}

bool f_powi(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t e;
  if (!want_int(in, a[1], e)) return false;
  return ret(out, Value::floating(std::pow(F(a[0]), static_cast<double>(e))));
}

bool f_mul_add(Interp& in, Value* a, uint32_t, Value& out) {
  double m, b;
  if (!want_float(in, a[1], m) || !want_float(in, a[2], b)) return false;
  return ret(out, Value::floating(std::fma(F(a[0]), m, b)));
}

bool f_clamp(Interp& in, Value* a, uint32_t, Value& out) {
  double lo, hi;
  if (!want_float(in, a[1], lo) || !want_float(in, a[2], hi)) return false;
  if (!(lo <= hi))
    return in.fail("min > max, or either was NaN. min = " + std::to_string(lo) + ", max = " + std::to_string(hi));
  double x = F(a[0]);
  return ret(out, Value::floating(x < lo ? lo : x > hi ? hi : x));
}

template <int Which>
bool f_is(Interp&, Value* a, uint32_t, Value& out) {
  double x = F(a[0]);
  bool r = Which == 0   ? std::isnan(x)
           : Which == 1 ? std::isinf(x)
           : Which == 2 ? std::isfinite(x)
           : Which == 3 ? std::signbit(x)
                        : !std::signbit(x);
  return ret(out, Value::boolean(r));
}

bool f_partial_cmp(Interp& in, Value* a, uint32_t, Value& out) {
  double y;
  if (!want_float(in, a[1], y)) return false;
  double x = F(a[0]);
  if (std::isnan(x) || std::isnan(y)) return ret(out, none());
  return ret(out, some(ordering_value(x < y ? -1 : x > y ? 1 : 0)));
}

bool f_total_cmp(Interp& in, Value* a, uint32_t, Value& out) {
  double y;
  if (!want_float(in, a[1], y)) return false;
  auto key = [](double d) {
    int64_t b;
    std::memcpy(&b, &d, sizeof b);
    return b ^ static_cast<int64_t>(static_cast<uint64_t>(b >> 63) >> 1);
  };
  int64_t x = key(F(a[0])), z = key(y);
  return ret(out, ordering_value(x < z ? -1 : x > z ? 1 : 0));
}

const MethodDef kFloatMethods[] = {
    PS_M("floor", f_unary<d_floor>, 0, 0),
    PS_M("ceil", f_unary<d_ceil>, 0, 0),
    PS_M("round", f_unary<d_round>, 0, 0),
    PS_M("trunc", f_unary<d_trunc>, 0, 0),
    PS_M("fract", f_unary<d_fract>, 0, 0),
    PS_M("abs", f_unary<d_abs>, 0, 0),
    PS_M("sqrt", f_unary<d_sqrt>, 0, 0),
    PS_M("cbrt", f_unary<d_cbrt>, 0, 0),
    PS_M("exp", f_unary<d_exp>, 0, 0),
    PS_M("exp2", f_unary<d_exp2>, 0, 0),
    PS_M("ln", f_unary<d_ln>, 0, 0),
    PS_M("log10", f_unary<d_log10>, 0, 0),
    PS_M("log2", f_unary<d_log2>, 0, 0),
    PS_M("sin", f_unary<d_sin>, 0, 0),
    PS_M("cos", f_unary<d_cos>, 0, 0),
    PS_M("tan", f_unary<d_tan>, 0, 0),
    PS_M("asin", f_unary<d_asin>, 0, 0),
    PS_M("acos", f_unary<d_acos>, 0, 0),
    PS_M("atan", f_unary<d_atan>, 0, 0),
    PS_M("sinh", f_unary<d_sinh>, 0, 0),
    PS_M("cosh", f_unary<d_cosh>, 0, 0),
    PS_M("tanh", f_unary<d_tanh>, 0, 0),
    PS_M("recip", f_unary<d_recip>, 0, 0),
    PS_M("to_degrees", f_unary<d_degrees>, 0, 0),
    PS_M("to_radians", f_unary<d_radians>, 0, 0),
    PS_M("signum", f_unary<d_signum>, 0, 0),
    PS_M("powf", f_binary<d_powf>, 1, 1),
    PS_M("log", f_binary<d_log>, 1, 1),
    PS_M("atan2", f_binary<d_atan2>, 1, 1),
    PS_M("hypot", f_binary<d_hypot>, 1, 1),
    PS_M("max", f_binary<d_max>, 1, 1),
    PS_M("min", f_binary<d_min>, 1, 1),
    PS_M("rem_euclid", f_binary<d_rem_euclid>, 1, 1),
    PS_M("div_euclid", f_binary<d_div_euclid>, 1, 1),
    PS_M("powi", f_powi, 1, 1),
    PS_M("mul_add", f_mul_add, 2, 2),
    PS_M("clamp", f_clamp, 2, 2),
    PS_M("is_nan", f_is<0>, 0, 0),
    PS_M("is_infinite", f_is<1>, 0, 0),
    PS_M("is_finite", f_is<2>, 0, 0),
    PS_M("is_sign_negative", f_is<3>, 0, 0),
    PS_M("is_sign_positive", f_is<4>, 0, 0),
    PS_M("partial_cmp", f_partial_cmp, 1, 1),
    PS_M("total_cmp", f_total_cmp, 1, 1),
};

// --- Chars ------------------------------------------------------------------------------

char32_t C(const Value& v) { return v.as_char(); }

bool ascii(char32_t c) { return c < 0x80; }

template <int Which>
bool c_is(Interp& in, Value* a, uint32_t, Value& out) {
  char32_t c = C(a[0]);
  auto w = static_cast<wint_t>(c);
  // The C library's classes outside ASCII depend on the locale, not on Unicode.
  if (c >= 0x80 && (Which <= 2 || Which == 4 || Which == 5))
    return in.unsupported("Unicode classes of a non-ASCII char (pollscope classifies ASCII chars only)");
  bool r = false;
  switch (Which) {
    case 0: r = std::iswalpha(w); break;
    case 1: r = std::iswdigit(w) || (c >= 0x80 && std::iswalnum(w) && !std::iswalpha(w)); break;
    case 2: r = std::iswalnum(w); break;
    case 3: r = is_rust_whitespace(c); break;
    case 4: r = std::iswupper(w); break;
    case 5: r = std::iswlower(w); break;
    case 6: r = c < 0x20 || (c >= 0x7F && c < 0xA0); break;
    case 7: r = ascii(c); break;
    case 8: r = c >= '0' && c <= '9'; break;
    case 9: r = ascii(c) && std::isalpha(static_cast<int>(c)); break;
    case 10: r = ascii(c) && std::isalnum(static_cast<int>(c)); break;
    case 11: r = ascii(c) && std::ispunct(static_cast<int>(c)); break;
    case 12: r = c >= 'A' && c <= 'Z'; break;
    case 13: r = c >= 'a' && c <= 'z'; break;
    case 14: r = c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; break;
    case 15: r = ascii(c) && std::isxdigit(static_cast<int>(c)); break;
    case 16: r = c > 0x20 && c < 0x7F; break;
    case 17: r = c < 0x20 || c == 0x7F; break;
  }
  return ret(out, Value::boolean(r));
}

int digit_value(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'z') return static_cast<int>(c - 'a') + 10;
  if (c >= 'A' && c <= 'Z') return static_cast<int>(c - 'A') + 10;
  return 99;
}

bool want_radix(Interp& in, const Value& v, int64_t& radix) {
  if (!want_int(in, v, radix)) return false;
  if (radix < 2 || radix > 36)
    return in.fail("to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive");
  return true;
}

bool c_to_digit(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t radix;
  if (!want_radix(in, a[1], radix)) return false;
  int d = digit_value(C(a[0]));
  return ret(out, d < radix ? some(Value::integer(d)) : none());
}

bool c_is_digit(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t radix;
  if (!want_radix(in, a[1], radix)) return false;
  return ret(out, Value::boolean(digit_value(C(a[0])) < radix));
}

template <bool Upper>
bool c_ascii_case(Interp&, Value* a, uint32_t, Value& out) {
  char32_t c = C(a[0]);
  if (Upper && c >= 'a' && c <= 'z') c -= 32;
  if (!Upper && c >= 'A' && c <= 'Z') c += 32;
  return ret(out, Value::character(c));
}

// to_uppercase / to_lowercase give the mapped text as a String: it prints,
// converts with to_string, iterates (flat_map), and answers next / collect.
template <bool Upper>
bool c_case(Interp&, Value* a, uint32_t, Value& out) {
  return ret(out, make_str(case_map(utf8_encode(C(a[0])), Upper)));
}

bool c_len_utf8(Interp&, Value* a, uint32_t, Value& out) {
  return ret(out, Value::integer(static_cast<int64_t>(utf8_encode(C(a[0])).size())));
}

const MethodDef kCharMethods[] = {
    PS_M("is_alphabetic", c_is<0>, 0, 0),
    PS_M("is_numeric", c_is<1>, 0, 0),
    PS_M("is_alphanumeric", c_is<2>, 0, 0),
    PS_M("is_whitespace", c_is<3>, 0, 0),
    PS_M("is_uppercase", c_is<4>, 0, 0),
    PS_M("is_lowercase", c_is<5>, 0, 0),
    PS_M("is_control", c_is<6>, 0, 0),
    PS_M("is_ascii", c_is<7>, 0, 0),
    PS_M("is_ascii_digit", c_is<8>, 0, 0),
    PS_M("is_ascii_alphabetic", c_is<9>, 0, 0),
    PS_M("is_ascii_alphanumeric", c_is<10>, 0, 0),
    PS_M("is_ascii_punctuation", c_is<11>, 0, 0),
    PS_M("is_ascii_uppercase", c_is<12>, 0, 0),
    PS_M("is_ascii_lowercase", c_is<13>, 0, 0),
    PS_M("is_ascii_whitespace", c_is<14>, 0, 0),
    PS_M("is_ascii_hexdigit", c_is<15>, 0, 0),
    PS_M("is_ascii_graphic", c_is<16>, 0, 0),
    PS_M("is_ascii_control", c_is<17>, 0, 0),
    PS_M("to_digit", c_to_digit, 1, 1),
    PS_M("is_digit", c_is_digit, 1, 1),
    PS_M("to_ascii_uppercase", c_ascii_case<true>, 0, 0),
    PS_M("to_ascii_lowercase", c_ascii_case<false>, 0, 0),
    PS_M("to_uppercase", c_case<true>, 0, 0),
    PS_M("to_lowercase", c_case<false>, 0, 0),
    PS_M("len_utf8", c_len_utf8, 0, 0),
};

// --- Bools ------------------------------------------------------------------------------

bool b_then(Interp& in, Value* a, uint32_t, Value& out) {
  if (!a[0].as_bool()) return ret(out, none());
  Value v;
  if (!in.call_value(a[1], nullptr, 0, v)) return false;
  return ret(out, some(std::move(v)));
}

bool b_then_some(Interp&, Value* a, uint32_t, Value& out) { return ret(out, a[0].as_bool() ? some(a[1]) : none()); }

const MethodDef kBoolMethods[] = {
    PS_M("then", b_then, 1, 1),
    PS_M("then_some", b_then_some, 1, 1),
};

}  // namespace

}  // namespace stdlib

namespace family {

const ApiFamily& std_scalar() {
  static const MethodGroup kMethods[] = {
      {Receiver::Int, stdlib::kIntMethods},
      {Receiver::Float, stdlib::kFloatMethods},
      {Receiver::Char, stdlib::kCharMethods},
      {Receiver::Bool, stdlib::kBoolMethods},
  };
  static const ApiFamily f{
      .name = "integers, f64, char, bool",
      .summary = "Methods of the scalar types: integers, floats, chars and bools",
      .methods = kMethods,
      .through_guards = true,
  };
  return f;
}

}  // namespace family
}  // namespace ps::lang
