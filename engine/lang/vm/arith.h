// Arithmetic on number values: the helpers that equality and ordering of
// values use for their numeric cases (the operators themselves are
// Interp::binary and Interp::unary, in arith.cpp).
#pragma once

#include "lang/program/value.h"

namespace ps::lang {

// True for integers and floats.
bool is_number(const Value& v);
// Equality of two numbers (integer against float compares as floats).
bool numbers_equal(const Value& a, const Value& b);
// Ordering of two numbers as -1, 0, 1; false when one of them is NaN.
bool compare_numbers(const Value& a, const Value& b, int& order);

}  // namespace ps::lang
