// Integer and float arithmetic with Rust's types: every integer value carries
// its kind (i8 ... usize), operations check overflow as a debug build does,
// `as` casts truncate and saturate as Rust's do, and f32 rounds to f32. The
// operators themselves are Interp::binary and Interp::unary (arith.cpp); the
// helpers here are shared with the library's integer and float methods.
//
// 128-bit kinds are stored in the Value's 64 bits: an i128 holds i64's range,
// a u128 u64's. A result beyond that is the located error
// `unsupported: i128 value beyond 64 bits` (or u128), never a wrong value.
#pragma once

#include <string>

#include "lang/program/value.h"

namespace ps::lang {

class Interp;

using wide_int = __int128;

// True for integers and floats.
bool is_number(const Value& v);
// Equality of two numbers (integer against float compares as floats).
bool numbers_equal(const Value& a, const Value& b);
// Ordering of two numbers as -1, 0, 1; false when one of them is NaN.
bool compare_numbers(const Value& a, const Value& b, int& order);

// The mathematical value of an integer Value.
wide_int int_value(const Value& v);
// The range of an integer kind (Int, untyped, has i64's).
wide_int kind_min(NumKind k);
wide_int kind_max(NumKind k);
inline bool kind_fits(NumKind k, wide_int x) { return x >= kind_min(k) && x <= kind_max(k); }
// x reduced modulo 2^bits into k's range (two's complement wrapping).
wide_int wrap_to_kind(NumKind k, wide_int x);
// The kind of a binary operation's result: an untyped operand adopts the other's kind.
NumKind join_kinds(NumKind a, NumKind b);
// Makes an integer of kind k from x, which must be in k's range; a 128-bit
// value beyond 64 bits stops the run with a located `unsupported:` error.
bool make_int(Interp& in, NumKind k, wide_int x, Value& out);
// Decimal text of a wide integer.
std::string wide_to_string(wide_int x);
// Rounds to f32 when k is F32.
inline double round_float(NumKind k, double x) {
  return k == NumKind::F32 ? static_cast<double>(static_cast<float>(x)) : x;
}
// `a op b` for two numbers (a BinaryOp; arithmetic only), result in a: what
// the library's sum and product use. False with a panic or an error.
bool numeric_binary(Interp& in, uint32_t op, Value& a, const Value& b);
// `x as k` for a value of any scalar kind; false (with an error) for values that do not cast.
bool cast_value(Interp& in, const Value& x, NumKind k, Value& out);

}  // namespace ps::lang
