// Numbers as Rust prints them: shortest round-trip floats, exact-precision floats, `{:e}` of
// floats and integers, and Duration's Debug.
//
// libc++ 13 has no floating-point to_chars, so the shortest digits come from trying
// "%.*e" at increasing precision until the text reads back (strtod) as the same double. With
// a precision, printf's correctly rounded output (ties to even on the exact binary value) is
// what Rust's exact mode produces too.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "lang/fmt/fmt.h"

namespace ps::lang {

namespace {

// printf into a std::string of the right size.
std::string printf_double(const char* format, int precision, double x) {
  int n = std::snprintf(nullptr, 0, format, precision, x);
  std::string s(static_cast<size_t>(n) + 1, '\0');
  std::snprintf(s.data(), s.size(), format, precision, x);
  s.resize(static_cast<size_t>(n));
  return s;
}

// Splits printf's "%e" output ("1.2345e+03") into its mantissa ("1.2345") and exponent (3).
void split_exp(const std::string& text, std::string& mantissa, int& exponent) {
  size_t e = text.find('e');
  mantissa = text.substr(0, e);
  exponent = std::atoi(text.c_str() + e + 1);
}

// x = 0.DIGITS × 10^exp laid out without an exponent; integral values get ".0…" only when
// `min_frac` asks for it (Debug does, Display does not).
std::string decimal_layout(const std::string& digits, int exp, int min_frac) {
  int n = static_cast<int>(digits.size());
  std::string s;
  if (exp <= 0) {
    s = "0." + std::string(static_cast<size_t>(-exp), '0') + digits;
  } else if (exp < n) {
    s = digits.substr(0, static_cast<size_t>(exp)) + "." + digits.substr(static_cast<size_t>(exp));
  } else {
    s = digits + std::string(static_cast<size_t>(exp - n), '0');
    if (min_frac > 0) s += "." + std::string(static_cast<size_t>(min_frac), '0');
  }
  return s;
}

// Shortest digits in scientific form: `1.2345e3`, `1e-7`, `0e0`.
std::string exp_layout(const std::string& digits, int exp, bool upper) {
  std::string s(1, digits[0]);
  if (digits.size() > 1) s += "." + digits.substr(1);
  s += upper ? 'E' : 'e';
  s += std::to_string(exp - 1);
  return s;
}

// The magnitude part of a finite float (sign handled by the caller).
std::string float_body(double ax, FormatTrait trait, const FormatFlags& f, bool f32) {
  bool upper = trait == FormatTrait::UpperExp;
  if (trait == FormatTrait::LowerExp || trait == FormatTrait::UpperExp) {
    if (f.has_precision) {
      std::string mantissa;
      int exponent = 0;
      split_exp(printf_double("%.*e", static_cast<int>(f.precision), ax), mantissa, exponent);
      return mantissa + (upper ? "E" : "e") + std::to_string(exponent);
    }
    if (ax == 0) return upper ? "0E0" : "0e0";
    std::string digits;
    int exp = 0;
    shortest_digits(ax, digits, exp, f32);
    return exp_layout(digits, exp, upper);
  }
  if (f.has_precision) return printf_double("%.*f", static_cast<int>(f.precision), ax);
  bool is_debug = trait == FormatTrait::Debug;
  if (ax == 0) return is_debug ? "0.0" : "0";
  std::string digits;
  int exp = 0;
  shortest_digits(ax, digits, exp, f32);
  if (is_debug && (ax < 1e-4 || ax >= 1e16)) return exp_layout(digits, exp, false);
  return decimal_layout(digits, exp, is_debug ? 1 : 0);
}

}  // namespace

// The significant digits of printf's "%.*e" of x, and its decimal exponent.
std::string sci_digits(double x, int precision, int& exponent) {
  std::string mantissa;
  split_exp(printf_double("%.*e", precision, x), mantissa, exponent);
  std::string digits;
  for (char c : mantissa) {
    if (c >= '0' && c <= '9') digits += c;
  }
  return digits;
}

// Adds one unit in the last place of a digit string; false if it carried out of the front.
bool increment_digits(std::string& digits) {
  for (size_t i = digits.size(); i-- > 0;) {
    if (digits[i] != '9') {
      digits[i]++;
      return true;
    }
    digits[i] = '0';
  }
  return false;
}

// Tries 1..17 significant digits; printf rounds correctly, so the first precision whose text
// reads back as x gives the shortest (and, among those, the closest) digits. When x lies
// exactly halfway between two such candidates printf picks the even one, but Rust's shortest
// mode rounds up: 169331498360004.625 prints as ...004.63.
void shortest_digits(double x, std::string& digits, int& exp, bool f32) {
  char buf[64];
  int precision = 0;
  int most = f32 ? 8 : 16;
  for (; precision <= most; precision++) {
    std::snprintf(buf, sizeof buf, "%.*e", precision, x);
    if (f32 ? std::strtof(buf, nullptr) == static_cast<float>(x) : std::strtod(buf, nullptr) == x) break;
  }
  if (precision > most) precision = most;
  int exponent = 0;
  digits = sci_digits(x, precision, exponent);
  // Only a next digit of exactly 5 can be a tie; then look at the exact expansion (a double
  // has at most 767 significant digits).
  int next_exponent = 0;
  std::string next = sci_digits(x, precision + 1, next_exponent);
  int exact_exponent = 0;
  std::string exact = next.back() == '5' ? sci_digits(x, 780, exact_exponent) : "";
  size_t keep = static_cast<size_t>(precision) + 1;
  bool tie = !exact.empty() && exact_exponent == exponent && exact.size() > keep && exact[keep] == '5' &&
             exact.find_first_not_of('0', keep + 1) == std::string::npos && exact.compare(0, keep, digits) == 0;
  if (tie) {
    std::string up = digits;
    int up_exponent = exponent;
    if (!increment_digits(up)) {
      up = "1" + up.substr(0, up.size() - 1);
      up_exponent++;
    }
    std::string text = up.substr(0, 1) + "." + up.substr(1) + "e" + std::to_string(up_exponent);
    if (f32 ? std::strtof(text.c_str(), nullptr) == static_cast<float>(x) : std::strtod(text.c_str(), nullptr) == x)
      digits = up, exponent = up_exponent;
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  exp = exponent + 1;
}

// NaN never has a sign; -0.0 keeps its minus (`-0`, `-0.0`); `+` marks the others.
void format_float(double x, FormatTrait trait, const FormatFlags& f, std::string& out, bool f32) {
  if (std::isnan(x)) {
    pad_number(f, "", "NaN", out);
    return;
  }
  const char* sign = std::signbit(x) ? "-" : f.sign_plus ? "+" : "";
  double ax = std::fabs(x);
  if (std::isinf(ax)) {
    pad_number(f, sign, "inf", out);
    return;
  }
  pad_number(f, sign, float_body(ax, trait, f, f32), out);
}

// Trailing zeros become exponent; a precision rounds the digits half to even or pads them
// with zeros, as core's `impl LowerExp for i64` does.
void format_int_exp(int64_t v, bool upper, const FormatFlags& f, std::string& out) {
  format_exp_magnitude(v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v), v < 0, upper, f, out);
}

// `{:e}` of a magnitude and sign (so a u64 above i64's range prints as itself).
void format_exp_magnitude(uint64_t magnitude, bool negative, bool upper, const FormatFlags& f, std::string& out) {
  std::string digits = std::to_string(magnitude);
  int exponent = static_cast<int>(digits.size()) - 1;
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  if (f.has_precision && digits.size() > f.precision + 1) {
    std::string rest = digits.substr(f.precision + 1);
    digits.resize(f.precision + 1);
    bool odd = (digits.back() - '0') % 2 != 0;
    if (rest[0] > '5' || (rest[0] == '5' && (rest.size() > 1 || odd))) {
      size_t i = digits.size();
      bool carry = true;
      while (carry && i > 0) {
        i--;
        if (digits[i] == '9') {
          digits[i] = '0';
        } else {
          digits[i]++;
          carry = false;
        }
      }
      if (carry) {
        digits.insert(digits.begin(), '1');
        digits.pop_back();
        exponent++;
      }
    }
  }
  std::string body(1, digits[0]);
  std::string frac = digits.substr(1);
  if (f.has_precision && frac.size() < f.precision) frac.append(f.precision - frac.size(), '0');
  if (!frac.empty()) body += "." + frac;
  body += upper ? 'E' : 'e';
  body += std::to_string(exponent);
  pad_number(f, negative ? "-" : f.sign_plus ? "+" : "", body, out);
}

// Display and Debug in decimal, `{:e}`, and the radix traits: the two's
// complement pattern at the kind's width (an untyped integer is an i32),
// never a minus; `#` adds 0x / 0o / 0b.
void format_int(const Value& v, FormatTrait trait, const FormatFlags& f, std::string& out) {
  NumKind k = v.kind();
  bool is_unsigned = k >= NumKind::U8 && k <= NumKind::Usize;
  uint64_t bits = v.as_bits();
  bool neg = !is_unsigned && v.as_int() < 0;
  if (trait == FormatTrait::Display || trait == FormatTrait::Debug) {
    uint64_t magnitude = neg ? 0 - bits : bits;
    pad_number(f, neg ? "-" : f.sign_plus ? "+" : "", std::to_string(magnitude), out);
    return;
  }
  if (trait == FormatTrait::LowerExp || trait == FormatTrait::UpperExp) {
    format_exp_magnitude(neg ? 0 - bits : bits, neg, trait == FormatTrait::UpperExp, f, out);
    return;
  }
  unsigned width = k == NumKind::Int ? 32 : kind_bits(k);
  // The pattern at the kind's width; an i128 is the 64-bit value sign-extended.
  auto u = static_cast<unsigned __int128>(static_cast<__int128>(v.as_int()));
  if (is_unsigned) u = bits;
  if (width < 128) u &= (static_cast<unsigned __int128>(1) << width) - 1;
  unsigned shift = trait == FormatTrait::Binary ? 1 : trait == FormatTrait::Octal ? 3 : 4;
  const char* digit_chars = trait == FormatTrait::UpperHex ? "0123456789ABCDEF" : "0123456789abcdef";
  std::string digits;
  do {
    digits.insert(digits.begin(), digit_chars[static_cast<unsigned>(u & ((1u << shift) - 1))]);
    u >>= shift;
  } while (u != 0);
  std::string prefix = f.sign_plus ? "+" : "";
  if (f.alternate) prefix += shift == 1 ? "0b" : shift == 3 ? "0o" : "0x";
  pad_number(f, prefix, digits, out);
}

// core::time's Debug: the largest unit with a non-zero integer part (s, ms, µs, ns), the rest
// as a fraction without trailing zeros (or to the precision, rounding half up), padded to the
// width (left-aligned by default; `0` is not sign-aware here).
void format_duration(uint64_t secs, uint32_t nanos, const FormatFlags& f, std::string& out) {
  uint64_t integer = 0;
  uint32_t fraction = 0;
  uint32_t divisor = 1;
  const char* unit = "ns";
  if (secs > 0) {
    integer = secs, fraction = nanos, divisor = 100000000, unit = "s";
  } else if (nanos >= 1000000) {
    integer = nanos / 1000000, fraction = nanos % 1000000, divisor = 100000, unit = "ms";
  } else if (nanos >= 1000) {
    integer = nanos / 1000, fraction = nanos % 1000, divisor = 100, unit = "µs";
  } else {
    integer = nanos;
  }
  std::string buf;
  size_t end = f.has_precision ? (f.precision < 9 ? f.precision : 9) : 9;
  while (fraction > 0 && buf.size() < end) {
    buf += static_cast<char>('0' + fraction / divisor);
    fraction %= divisor;
    divisor /= 10;
  }
  bool overflow = false;
  if (fraction > 0 && fraction >= divisor * 5) {
    size_t i = buf.size();
    bool carry = true;
    while (carry && i > 0) {
      i--;
      if (buf[i] < '9') {
        buf[i]++;
        carry = false;
      } else {
        buf[i] = '0';
      }
    }
    if (carry) {
      if (integer == UINT64_MAX)
        overflow = true;
      else
        integer++;
    }
  }
  if (f.has_precision) buf.resize(f.precision, '0');
  std::string text = f.sign_plus ? "+" : "";
  text += overflow ? "18446744073709551616" : std::to_string(integer);
  if (!buf.empty()) text += "." + buf;
  text += unit;
  pad_to_width(f, text, FormatAlign::Left, out);
}

}  // namespace ps::lang
