// Rust's unary and binary operators: the parser builds them into the AST, the
// compiler passes them as operands of the bytecode's arithmetic instructions,
// and the VM and the runtime library evaluate them.
#pragma once

#include <cstdint>

namespace ps::lang {

enum class UnaryOp : uint8_t { Neg, Not, Deref, Ref, RefMut };

// clang-format off
enum class BinaryOp : uint8_t {
  Add, Sub, Mul, Div, Rem,
  And, Or,                    // `&&`, `||` (short-circuit).
  BitAnd, BitOr, BitXor, Shl, Shr,
  Eq, Ne, Lt, Le, Gt, Ge,
};
// clang-format on

// The operator as Rust writes it ("+", "&mut").
const char* binary_op_text(BinaryOp op);
const char* unary_op_text(UnaryOp op);

}  // namespace ps::lang
