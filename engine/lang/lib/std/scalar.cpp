// Methods of the scalar types: integers at their kind's width (wrapping_,
// checked_, saturating_, overflowing_ arithmetic, bit counts, rotations,
// byte swaps), `parse::<T>()`, `T::from` / `T::try_from` /
// `T::from_str_radix`, floats (f64, and f32 rounded to f32), chars and bools.
#include <cmath>
#include <cstring>
#include <cwctype>
#include <limits>

#include "lang/lib/std/std_internal.h"
#include "lang/vm/arith.h"

namespace ps::lang {
namespace stdlib {
namespace {

bool ret(Value& out, Value v) {
  out = std::move(v);
  return true;
}

// --- Integers ---------------------------------------------------------------------------

// The kind a method works at: the receiver's, or a typed argument's when the
// receiver is untyped; an untyped pair is an i32, Rust's default.
NumKind kind_of(const Value* a, uint32_t n, bool join_args) {
  NumKind k = a[0].kind();
  if (join_args)
    for (uint32_t i = 1; i < n; ++i)
      if (a[i].is_int()) k = join_kinds(k, a[i].kind());
  return k == NumKind::Int ? NumKind::I32 : k;
}

bool want_wide(Interp& in, const Value& v, wide_int& out) {
  if (!v.is_int()) {
    int64_t unused;
    return want_int(in, v, unused);
  }
  out = int_value(v);
  return true;
}

// The bit pattern of an integer at its kind's width.
unsigned __int128 pattern(NumKind k, wide_int x) {
  auto u = static_cast<unsigned __int128>(x);
  unsigned w = kind_bits(k);
  return w >= 128 ? u : u & ((static_cast<unsigned __int128>(1) << w) - 1);
}

enum Arith { Add, Sub, Mul, Div, Rem, Pow, Neg, Shl, Shr, Abs };

// One operation at kind k: the wrapped result, whether the exact result
// overflowed k, and whether it divided by zero.
struct Outcome {
  wide_int wrapped = 0;
  bool over = false;
  bool div0 = false;
};

Outcome compute(int op, NumKind k, wide_int x, wide_int y) {
  Outcome o;
  wide_int r = 0;
  switch (op) {
    case Add: o.over = __builtin_add_overflow(x, y, &r); break;
    case Sub: o.over = __builtin_sub_overflow(x, y, &r); break;
    case Mul:
      o.over = __builtin_mul_overflow(x, y, &r);
      if (o.over) r = static_cast<wide_int>(static_cast<unsigned __int128>(x) * static_cast<unsigned __int128>(y));
      break;
    case Div:
    case Rem:
      if (y == 0) {
        o.div0 = true;
        return o;
      }
      if (y == -1 && x == kind_min(k)) {
        o.over = true;
        o.wrapped = op == Div ? x : 0;
        return o;
      }
      r = op == Div ? x / y : x % y;
      break;
    case Neg: r = -x; break;
    case Abs: r = x < 0 ? -x : x; break;
    case Shl:
    case Shr: {
      auto w = static_cast<wide_int>(kind_bits(k));
      o.over = y < 0 || y >= w;
      auto n = static_cast<int>(((y % w) + w) % w);
      if (op == Shl)
        r = static_cast<wide_int>(static_cast<unsigned __int128>(x) << n);
      else
        r = x >> n;
      o.wrapped = wrap_to_kind(k, r);
      return o;
    }
    case Pow: {
      auto base = static_cast<unsigned __int128>(x);
      unsigned __int128 acc = 1;
      wide_int exact = 1;
      for (wide_int e = y; e > 0; e >>= 1) {  // wrapped: square and multiply modulo 2^width
        if (e & 1) acc *= base;
        base *= base;
      }
      for (wide_int e = 0; e < y && !o.over; ++e) {  // exact, until it leaves k's range
        if (exact == 0 || exact == 1 || (exact == -1 && x == -1)) {
          if (x == 0 || x == 1) break;
          if (x == -1) {
            exact = (y % 2) ? -1 : 1;
            break;
          }
        }
        o.over = __builtin_mul_overflow(exact, x, &exact) || !kind_fits(k, exact);
      }
      o.wrapped = wrap_to_kind(k, static_cast<wide_int>(pattern(k, static_cast<wide_int>(acc))));
      if (!o.over) o.wrapped = exact;
      return o;
    }
  }
  if (!kind_fits(k, r)) o.over = true;
  o.wrapped = wrap_to_kind(k, r);
  return o;
}

bool is_shift_or_pow(int op) { return op == Shl || op == Shr || op == Pow; }

// The operands of a method: receiver, optional right-hand side, and kind.
bool operands(Interp& in, Value* a, uint32_t n, int op, NumKind& k, wide_int& x, wide_int& y) {
  k = kind_of(a, n, !is_shift_or_pow(op));
  x = int_value(a[0]);
  y = 0;
  if (n > 1 && !want_wide(in, a[1], y)) return false;
  if (is_shift_or_pow(op) && y < 0) return in.fail("mismatched types: expected `u32`, found a negative integer");
  return true;
}

const char* panic_text(int op) {
  switch (op) {
    case Add: return "attempt to add with overflow";
    case Sub: return "attempt to subtract with overflow";
    case Mul:
    case Pow: return "attempt to multiply with overflow";
    case Div: return "attempt to divide with overflow";
    case Rem: return "attempt to calculate the remainder with overflow";
    case Shl: return "attempt to shift left with overflow";
    case Shr: return "attempt to shift right with overflow";
    default: return "attempt to negate with overflow";
  }
}

bool div_zero(Interp& in, int op) {
  return in.fail(op == Rem ? "attempt to calculate the remainder with a divisor of zero" : "attempt to divide by zero");
}

template <int Op>
bool i_checked(Interp& in, Value* a, uint32_t n, Value& out) {
  NumKind k;
  wide_int x, y;
  if (!operands(in, a, n, Op, k, x, y)) return false;
  Outcome o = compute(Op, k, x, y);
  if (o.over || o.div0) return ret(out, none());
  Value v;
  if (!make_int(in, k, o.wrapped, v)) return false;
  return ret(out, some(std::move(v)));
}

template <int Op>
bool i_wrapping(Interp& in, Value* a, uint32_t n, Value& out) {
  NumKind k;
  wide_int x, y;
  if (!operands(in, a, n, Op, k, x, y)) return false;
  Outcome o = compute(Op, k, x, y);
  if (o.div0) return div_zero(in, Op);
  return make_int(in, k, o.wrapped, out);
}

template <int Op>
bool i_overflowing(Interp& in, Value* a, uint32_t n, Value& out) {
  NumKind k;
  wide_int x, y;
  if (!operands(in, a, n, Op, k, x, y)) return false;
  Outcome o = compute(Op, k, x, y);
  if (o.div0) return div_zero(in, Op);
  Value v;
  if (!make_int(in, k, o.wrapped, v)) return false;
  return ret(out, make_tuple({std::move(v), Value::boolean(o.over)}));
}

// The operator itself (`pow`, `abs`): a debug build panics on overflow.
template <int Op>
bool i_plain(Interp& in, Value* a, uint32_t n, Value& out) {
  NumKind k;
  wide_int x, y;
  if (!operands(in, a, n, Op, k, x, y)) return false;
  Outcome o = compute(Op, k, x, y);
  if (o.div0) return div_zero(in, Op);
  if (o.over) return in.fail(panic_text(Op));
  return make_int(in, k, o.wrapped, out);
}

template <int Op>
bool i_saturating(Interp& in, Value* a, uint32_t n, Value& out) {
  NumKind k;
  wide_int x, y;
  if (!operands(in, a, n, Op, k, x, y)) return false;
  Outcome o = compute(Op, k, x, y);
  if (o.div0) return div_zero(in, Op);
  if (!o.over) return make_int(in, k, o.wrapped, out);
  bool high;
  switch (Op) {
    case Add: high = y > 0; break;
    case Sub: high = y < 0; break;
    case Mul: high = (x < 0) == (y < 0); break;
    case Pow: high = !(x < 0 && y % 2 == 1); break;
    default: high = true; break;  // div, neg, abs of the minimum
  }
  return make_int(in, k, high ? kind_max(k) : kind_min(k), out);
}

bool i_signum(Interp& in, Value* a, uint32_t n, Value& out) {
  wide_int x = int_value(a[0]);
  return make_int(in, kind_of(a, n, false), x > 0 ? 1 : x < 0 ? -1 : 0, out);
}

template <bool Rem>
bool i_euclid(Interp& in, Value* a, uint32_t n, Value& out) {
  NumKind k;
  wide_int x, y;
  if (!operands(in, a, n, Rem ? Arith::Rem : Arith::Div, k, x, y)) return false;
  if (y == 0) return div_zero(in, Rem ? Arith::Rem : Arith::Div);
  if (y == -1 && x == kind_min(k)) return in.fail(panic_text(Rem ? Arith::Rem : Arith::Div));
  wide_int q = x / y, r = x % y;
  if (r < 0) {
    r += y > 0 ? y : -y;
    q += y > 0 ? -1 : 1;
  }
  return make_int(in, k, Rem ? r : q, out);
}

NumKind unsigned_of(NumKind k) {
  switch (k) {
    case NumKind::I8: return NumKind::U8;
    case NumKind::I16: return NumKind::U16;
    case NumKind::I32: return NumKind::U32;
    case NumKind::I64: return NumKind::U64;
    case NumKind::I128: return NumKind::U128;
    case NumKind::Isize: return NumKind::Usize;
    default: return k;
  }
}

bool i_abs_diff(Interp& in, Value* a, uint32_t n, Value& out) {
  NumKind k;
  wide_int x, y;
  if (!operands(in, a, n, Add, k, x, y)) return false;
  return make_int(in, unsigned_of(k), x > y ? x - y : y - x, out);
}

bool i_is_positive(Interp&, Value* a, uint32_t, Value& out) { return ret(out, Value::boolean(int_value(a[0]) > 0)); }
bool i_is_negative(Interp&, Value* a, uint32_t, Value& out) { return ret(out, Value::boolean(int_value(a[0]) < 0)); }

int bit_length(unsigned __int128 u) {
  int n = 0;
  while (u != 0) u >>= 1, ++n;
  return n;
}

int popcount(unsigned __int128 u) {
  return __builtin_popcountll(static_cast<uint64_t>(u)) + __builtin_popcountll(static_cast<uint64_t>(u >> 64));
}

// count_ones, count_zeros, leading_zeros, trailing_zeros, leading_ones, trailing_ones: a u32.
template <int Which>
bool i_bits(Interp&, Value* a, uint32_t n, Value& out) {
  NumKind k = kind_of(a, n, false);
  int w = static_cast<int>(kind_bits(k));
  unsigned __int128 u = pattern(k, int_value(a[0]));
  unsigned __int128 inv = pattern(k, static_cast<wide_int>(~u));
  int r = 0;
  switch (Which) {
    case 0: r = popcount(u); break;
    case 1: r = w - popcount(u); break;
    case 2: r = w - bit_length(u); break;
    case 3:
      r = 0;
      while (r < w && ((u >> r) & 1) == 0) ++r;
      break;
    case 4: r = w - bit_length(inv); break;
    case 5:
      r = 0;
      while (r < w && ((u >> r) & 1) == 1) ++r;
      break;
  }
  return ret(out, Value::integer(r, NumKind::U32));
}

template <bool Left>
bool i_rotate(Interp& in, Value* a, uint32_t n, Value& out) {
  NumKind k;
  wide_int x, y;
  if (!operands(in, a, n, Shl, k, x, y)) return false;
  int w = static_cast<int>(kind_bits(k));
  int s = static_cast<int>(y % w);
  unsigned __int128 u = pattern(k, x);
  if (!Left) s = (w - s) % w;
  unsigned __int128 r = s == 0 ? u : pattern(k, static_cast<wide_int>((u << s) | (u >> (w - s))));
  return make_int(in, k, wrap_to_kind(k, static_cast<wide_int>(r)), out);
}

// swap_bytes (and to_be on a little-endian machine), reverse_bits.
template <bool Bytes>
bool i_reverse(Interp& in, Value* a, uint32_t n, Value& out) {
  NumKind k = kind_of(a, n, false);
  int w = static_cast<int>(kind_bits(k));
  unsigned __int128 u = pattern(k, int_value(a[0])), r = 0;
  int unit = Bytes ? 8 : 1;
  for (int i = 0; i < w; i += unit) {
    unsigned __int128 piece = (u >> i) & ((static_cast<unsigned __int128>(1) << unit) - 1);
    r |= piece << (w - unit - i);
  }
  return make_int(in, k, wrap_to_kind(k, static_cast<wide_int>(r)), out);
}

bool i_identity(Interp&, Value* a, uint32_t, Value& out) { return ret(out, a[0]); }

bool i_is_power_of_two(Interp&, Value* a, uint32_t, Value& out) {
  wide_int x = int_value(a[0]);
  return ret(out, Value::boolean(x > 0 && (x & (x - 1)) == 0));
}

template <bool Checked>
bool i_next_power_of_two(Interp& in, Value* a, uint32_t n, Value& out) {
  NumKind k = kind_of(a, n, false);
  wide_int x = int_value(a[0]), p = 1;
  while (p < x) p <<= 1;
  if (!kind_fits(k, p)) return Checked ? ret(out, none()) : in.fail("attempt to add with overflow");
  Value v;
  if (!make_int(in, k, p, v)) return false;
  return ret(out, Checked ? some(std::move(v)) : std::move(v));
}

bool i_isqrt(Interp& in, Value* a, uint32_t n, Value& out) {
  wide_int x = int_value(a[0]);
  if (x < 0) return in.fail("argument of integer square root cannot be negative");
  auto r = static_cast<wide_int>(std::sqrt(static_cast<double>(x)));
  while (r * r > x) --r;
  while ((r + 1) * (r + 1) <= x) ++r;
  return make_int(in, kind_of(a, n, false), r, out);
}

template <int Base>
bool i_ilog(Interp& in, Value* a, uint32_t, Value& out) {
  wide_int x = int_value(a[0]);
  if (x <= 0) return in.fail("argument of integer logarithm must be positive");
  int64_t r = 0;
  while (x >= Base) x /= Base, ++r;
  return ret(out, Value::integer(r, NumKind::U32));
}

const MethodDef kIntMethods[] = {
    PS_M("abs", i_plain<Abs>, 0, 0),
    PS_M("pow", i_plain<Pow>, 1, 1),
    PS_M("checked_add", i_checked<Add>, 1, 1),
    PS_M("checked_sub", i_checked<Sub>, 1, 1),
    PS_M("checked_mul", i_checked<Mul>, 1, 1),
    PS_M("checked_div", i_checked<Div>, 1, 1),
    PS_M("checked_rem", i_checked<Rem>, 1, 1),
    PS_M("checked_pow", i_checked<Pow>, 1, 1),
    PS_M("checked_neg", i_checked<Neg>, 0, 0),
    PS_M("checked_abs", i_checked<Abs>, 0, 0),
    PS_M("checked_shl", i_checked<Shl>, 1, 1),
    PS_M("checked_shr", i_checked<Shr>, 1, 1),
    PS_M("checked_div_euclid", i_checked<Div>, 1, 1),
    PS_M("saturating_add", i_saturating<Add>, 1, 1),
    PS_M("saturating_sub", i_saturating<Sub>, 1, 1),
    PS_M("saturating_mul", i_saturating<Mul>, 1, 1),
    PS_M("saturating_div", i_saturating<Div>, 1, 1),
    PS_M("saturating_pow", i_saturating<Pow>, 1, 1),
    PS_M("saturating_neg", i_saturating<Neg>, 0, 0),
    PS_M("saturating_abs", i_saturating<Abs>, 0, 0),
    PS_M("wrapping_add", i_wrapping<Add>, 1, 1),
    PS_M("wrapping_sub", i_wrapping<Sub>, 1, 1),
    PS_M("wrapping_mul", i_wrapping<Mul>, 1, 1),
    PS_M("wrapping_div", i_wrapping<Div>, 1, 1),
    PS_M("wrapping_rem", i_wrapping<Rem>, 1, 1),
    PS_M("wrapping_pow", i_wrapping<Pow>, 1, 1),
    PS_M("wrapping_neg", i_wrapping<Neg>, 0, 0),
    PS_M("wrapping_abs", i_wrapping<Abs>, 0, 0),
    PS_M("wrapping_shl", i_wrapping<Shl>, 1, 1),
    PS_M("wrapping_shr", i_wrapping<Shr>, 1, 1),
    PS_M("overflowing_add", i_overflowing<Add>, 1, 1),
    PS_M("overflowing_sub", i_overflowing<Sub>, 1, 1),
    PS_M("overflowing_mul", i_overflowing<Mul>, 1, 1),
    PS_M("overflowing_div", i_overflowing<Div>, 1, 1),
    PS_M("overflowing_rem", i_overflowing<Rem>, 1, 1),
    PS_M("overflowing_pow", i_overflowing<Pow>, 1, 1),
    PS_M("overflowing_neg", i_overflowing<Neg>, 0, 0),
    PS_M("overflowing_abs", i_overflowing<Abs>, 0, 0),
    PS_M("overflowing_shl", i_overflowing<Shl>, 1, 1),
    PS_M("overflowing_shr", i_overflowing<Shr>, 1, 1),
    PS_M("signum", i_signum, 0, 0),
    PS_M("rem_euclid", i_euclid<true>, 1, 1),
    PS_M("div_euclid", i_euclid<false>, 1, 1),
    PS_M("abs_diff", i_abs_diff, 1, 1),
    PS_M("is_positive", i_is_positive, 0, 0),
    PS_M("is_negative", i_is_negative, 0, 0),
    PS_M("count_ones", i_bits<0>, 0, 0),
    PS_M("count_zeros", i_bits<1>, 0, 0),
    PS_M("leading_zeros", i_bits<2>, 0, 0),
    PS_M("trailing_zeros", i_bits<3>, 0, 0),
    PS_M("leading_ones", i_bits<4>, 0, 0),
    PS_M("trailing_ones", i_bits<5>, 0, 0),
    PS_M("rotate_left", i_rotate<true>, 1, 1),
    PS_M("rotate_right", i_rotate<false>, 1, 1),
    PS_M("swap_bytes", i_reverse<true>, 0, 0),
    PS_M("to_be", i_reverse<true>, 0, 0),
    PS_M("from_be", i_reverse<true>, 0, 0),
    PS_M("to_le", i_identity, 0, 0),
    PS_M("from_le", i_identity, 0, 0),
    PS_M("reverse_bits", i_reverse<false>, 0, 0),
    PS_M("is_power_of_two", i_is_power_of_two, 0, 0),
    PS_M("next_power_of_two", i_next_power_of_two<false>, 0, 0),
    PS_M("checked_next_power_of_two", i_next_power_of_two<true>, 0, 0),
    PS_M("isqrt", i_isqrt, 0, 0),
    PS_M("ilog2", i_ilog<2>, 0, 0),
    PS_M("ilog10", i_ilog<10>, 0, 0),
};

// --- Parsing and conversions --------------------------------------------------------------

// Rust's `from_str_radix`: an optional sign (`-` only for signed kinds), then
// at least one digit of the radix; the errors are ParseIntError's kinds.
bool parse_int_text(Interp& in, std::string_view t, int radix, NumKind k, Value& out) {
  if (t.empty()) return ret(out, err(std_error(StdError::IntEmpty)));
  bool neg = false;
  if (t[0] == '+' || (t[0] == '-' && !kind_unsigned(k))) {
    neg = t[0] == '-';
    t.remove_prefix(1);
    if (t.empty()) return ret(out, err(std_error(StdError::IntInvalidDigit)));
  }
  wide_int v = 0;
  bool over = false;
  for (char c : t) {
    int d = c >= '0' && c <= '9'   ? c - '0'
            : c >= 'a' && c <= 'z' ? c - 'a' + 10
            : c >= 'A' && c <= 'Z' ? c - 'A' + 10
                                   : 99;
    if (d >= radix) return ret(out, err(std_error(StdError::IntInvalidDigit)));
    if (!over) {
      v = v * radix + (neg ? -d : d);
      over = !kind_fits(k, v);
    }
  }
  if (over) return ret(out, err(std_error(neg ? StdError::IntNegOverflow : StdError::IntPosOverflow)));
  Value x;
  if (!make_int(in, k, v, x)) return false;
  return ret(out, ok(std::move(x)));
}

}  // namespace

bool str_parse_as(Interp& in, Value* a, uint32_t, Value& out) {
  auto k = static_cast<NumKind>(a[1].as_int());
  const std::string& t = a[0].as<StrObj>()->text;
  if (k != NumKind::F32 && k != NumKind::F64) return parse_int_text(in, t, 10, k, out);
  Value r;
  Value s = a[0];
  if (!str_parse(in, &s, 1, r)) return false;
  if (is_variant(r, kResult, kOk)) {
    const Value& v = payload0(r);
    double d = v.is_int() ? static_cast<double>(v.as_int()) : v.as_float();
    if (k == NumKind::F32) d = static_cast<double>(std::strtof(t.c_str(), nullptr));
    return ret(out, ok(Value::floating(d, k)));
  }
  if (t.empty()) return ret(out, err(std_error(StdError::FloatEmpty)));
  return ret(out, err(std_error(StdError::FloatInvalid)));
}

bool num_from(Interp& in, Value* a, uint32_t, Value& out) {
  auto k = static_cast<NumKind>(a[1].as_int());
  return cast_value(in, a[0], k, out);
}

bool num_try_from(Interp& in, Value* a, uint32_t, Value& out) {
  auto k = static_cast<NumKind>(a[1].as_int());
  wide_int x;
  if (!want_wide(in, a[0], x)) return false;
  if (!kind_fits(k, x)) return ret(out, err(std_error(StdError::TryFromInt)));
  Value v;
  if (!make_int(in, k, x, v)) return false;
  return ret(out, ok(std::move(v)));
}

bool num_from_str_radix(Interp& in, Value* a, uint32_t, Value& out) {
  auto k = static_cast<NumKind>(a[2].as_int());
  int64_t radix;
  if (!want_int(in, a[1], radix)) return false;
  if (radix < 2 || radix > 36)
    return in.fail("from_str_radix_int: must lie in the range `[2, 36]` - found " + std::to_string(radix));
  if (!a[0].is(ObjKind::Str)) return in.fail("from_str_radix expects a string");
  return parse_int_text(in, a[0].as<StrObj>()->text, static_cast<int>(radix), k, out);
}

namespace {

// --- Floats -----------------------------------------------------------------------------

double F(const Value& v) { return v.as_float(); }

// A float result of the receiver's kind (an f32 rounded to f32).
Value fv(const Value& like, double x) {
  NumKind k = like.is_f32() ? NumKind::F32 : NumKind::F64;
  return Value::floating(round_float(k, x), k);
}

template <double (*Fn)(double)>
bool f_unary(Interp&, Value* a, uint32_t, Value& out) {
  return ret(out, fv(a[0], Fn(F(a[0]))));
}

template <double (*Fn)(double, double)>
bool f_binary(Interp& in, Value* a, uint32_t, Value& out) {
  double y;
  if (!want_float(in, a[1], y)) return false;
  return ret(out, fv(a[0], Fn(F(a[0]), y)));
}

// f32::to_bits / f64::to_bits.
bool f_to_bits(Interp&, Value* a, uint32_t, Value& out) {
  if (a[0].is_f32()) {
    auto f = static_cast<float>(F(a[0]));
    uint32_t b;
    std::memcpy(&b, &f, sizeof b);
    return ret(out, Value::integer(b, NumKind::U32));
  }
  double d = F(a[0]);
  int64_t b;
  std::memcpy(&b, &d, sizeof b);
  return ret(out, Value::integer(b, NumKind::U64));
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

// powi as compiler-rt's __powidf2 / __powisf2 compute it: square and
// multiply in the float's own precision.
template <class T>
T powi(T a, int64_t b) {
  bool recip = b < 0;
  T r = 1;
  for (;;) {
    if (b & 1) r *= a;
    b /= 2;
    if (b == 0) break;
    a *= a;
  }
  return recip ? 1 / r : r;
}

bool f_powi(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t e;
  if (!want_int(in, a[1], e)) return false;
  if (a[0].is_f32()) return ret(out, fv(a[0], static_cast<double>(powi(static_cast<float>(F(a[0])), e))));
  return ret(out, fv(a[0], powi(F(a[0]), e)));
}

bool f_mul_add(Interp& in, Value* a, uint32_t, Value& out) {
  double m, b;
  if (!want_float(in, a[1], m) || !want_float(in, a[2], b)) return false;
  return ret(out, fv(a[0], std::fma(F(a[0]), m, b)));
}

bool f_clamp(Interp& in, Value* a, uint32_t, Value& out) {
  double lo, hi;
  if (!want_float(in, a[1], lo) || !want_float(in, a[2], hi)) return false;
  if (!(lo <= hi))
    return in.fail("min > max, or either was NaN. min = " + std::to_string(lo) + ", max = " + std::to_string(hi));
  double x = F(a[0]);
  return ret(out, fv(a[0], x < lo ? lo : x > hi ? hi : x));
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
    PS_M("to_bits", f_to_bits, 0, 0),
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
  return ret(out, d < radix ? some(Value::integer(d, NumKind::U32)) : none());
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
