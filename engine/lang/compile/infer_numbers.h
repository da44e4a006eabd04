// Numeric type inference: which integer or float type each literal has, as
// rustc infers it. A small unification pass over each function body: a
// literal's type comes from its suffix, a `let` annotation, a parameter,
// field or return type, the other operand of an arithmetic operator,
// comparison or assignment, the other elements of an array or `vec!`, an
// index (usize), or the methods whose argument has the receiver's type.
// A literal nothing constrains is left untyped (NumKind::Int): at run time it
// behaves as i32, Rust's default, and adopts the type of a typed operand it
// meets, which covers the constraints this pass does not follow (closure
// parameters, values from the library). Untyped floats are f64.
#pragma once

#include <unordered_map>

#include "lang/program/value.h"
#include "lang/syntax/ast.h"

namespace ps::lang {

// An integer constant before it is given a kind: wide enough for u64 and its negation.
using wide_value = __int128;

struct NumberTypes {
  // The type of each numeric literal expression that has one.
  std::unordered_map<const Expr*, NumKind> literals;
  // The numeric type `parse()` produces at a `.parse()` method call, from
  // its turbofish or from where its unwrapped result goes.
  std::unordered_map<const Expr*, NumKind> parses;
};

// Infers the types of the numeric literals in every function of `ast`.
void infer_numbers(const Ast& ast, NumberTypes& out);

// The numeric type a written type denotes (`u8`, `&mut u64`); false for others.
bool numeric_type(std::string_view text, NumKind& k);

}  // namespace ps::lang
