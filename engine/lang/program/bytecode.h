// The instruction set of the interpreter: a stack machine.
//
// Each function (fn, async fn, closure, async block) compiles to a FnProto
// with its own code and local slots. Jumps are absolute instruction indexes.
// `span` is the trace span id of the source the instruction came from (0 when
// it emits nothing worth locating).
#pragma once

#include <cstdint>

namespace ps::lang {

enum class Op : uint8_t {
  // Constants and locals
  Unit,        // push ()
  Bool,        // push a != 0
  Int,         // push constant ints[a] of NumKind b
  Float,       // push constant floats[a] of NumKind b
  Char,        // push char a
  Str,         // push constant strings[a]
  LoadLocal,   // push locals[a]
  MoveLocal,   // push locals[a]; clear the slot unless the value is Copy
  StoreLocal,  // locals[a] = pop (the old value is dropped)
  ClearLocal,  // drop locals[a] (scope end)
  Pop,         // drop the top
  Dup,         // duplicate the top
  Swap,        // swap the two top values
  Dup2,        // duplicate the two top values
  StackMark,   // locals[a] = height of the operand stack (loop entry)
  StackReset,  // drop operand-stack values above the height in locals[a]
  // Operators
  Binary,  // a: BinaryOp; b: 1 in a compound assignment (`a += b` calls `add_assign`)
  Unary,   // a: UnaryOp (Neg, Not; refs are identity) or a Cast
  // Control
  Jump,         // pc = a
  JumpIfFalse,  // pop; if false pc = a
  JumpIfTrue,   // pop; if true pc = a
  Return,       // return pop
  // Calls
  CallFn,      // call program fn a with b args (an async fn gives its future)
  CallNative,  // call native a with b args
  CallValue,   // call the closure below b args
  CallMethod,  // call method strings[a] on the receiver below b args
  // Data
  MakeTuple,    // a values
  MakeVec,      // a values; b: 1 for an array `[T; N]`
  MakeStruct,   // type a, b fields in declaration order
  MakeEnum,     // enum a, variant b, payload from the stack (count in c)
  MakeClosure,  // proto a with b captured values
  MakeAsync,    // future running proto a with b captured values as its first locals
  MakeRange,    // a: 0 `s..e`, 1 `s..=e`, 2 `s..`
  GetField,     // strings[a] of the struct on top
  SetField,     // struct, value -> struct.field = value
  GetIndex,     // base, index -> base[index]
  SetIndex,     // base, index, value -> base[index] = value
  GetTuple,     // top.a
  SetTuple,     // tuple, value -> tuple.a = value
  Deref,        // `*x`: the value behind a guard or cell; other values are themselves
  DerefSet,     // target, value -> `*target = value` (references, guards, cells)
  // Places (value.h): references to them, shared locals, copies, std::mem's moves
  RefLocal,      // push `&mut locals[a]` (the local becomes shared)
  RefField,      // base -> `&mut base.strings[a]`
  RefTuple,      // base -> `&mut base.a`
  RefIndex,      // base, index -> `&mut base[index]`
  RefDeref,      // `&mut *x`: a reference stays itself, a guard gives its cell, an object itself
  RefTemp,       // value -> `&mut` of a new temporary holding it
  RefRaw,        // ref -> a raw pointer to the same place, which does not keep it alive
  RefAuto,       // ref -> the reference stored in that place, if it holds one (method receivers)
  ShareLocal,    // push the shared slot of locals[a] (a capture by reference)
  ShareNew,      // value -> a new shared slot holding it (a closure's own mutable capture)
  CopyValue,     // a Copy struct, tuple, array or enum on top becomes a copy of itself
  PlaceReplace,  // ref, value -> the place's old value; the place now holds value
  PlaceSwap,     // ref, ref -> (); the two places exchange their values
  // Patterns: they look at the value on top and push a bool, leaving it there
  TestEnum,   // is enum a, variant b?
  TestEq,     // top == pop (pops the literal, keeps the value)
  TestRange,  // lo, hi popped; a: inclusive
  Payload,    // push payload b of the enum on top
  TupleItem,  // push item a of the tuple on top
  FieldOf,    // push field a (index) of the struct on top
  // Async
  Await,  // poll the future on top; Pending suspends here; Ready replaces it by its value
  // Iteration
  IterStart,  // turn the top into an iterator
  IterNext,   // push the next item of the iterator in locals[a], or jump to b when done
  // Rust specifics
  Try,          // `?`: Ok(v)/Some(v) -> v; Err/None -> return it (after drops)
  Format,       // format spec a with b arguments -> String
  Print,        // pop a String and output it (a: 0 stdout, 1 stderr)
  Panic,        // pop a message and panic
  Unsupported,  // runtime error strings[a]
  MatchFail,    // no arm matched (should not happen in valid Rust)
};

// Conversions, encoded in Unary's operand after the UnaryOps: `x as T` for a
// numeric T is ToKind + NumKind; `x as char` is ToChar; Coerce + NumKind
// gives an integer of another kind the annotated type at a typed place
// (`let x: u64 = ...`) when its value fits, and is a located error otherwise.
enum class Cast : uint32_t { ToKind = 100, ToChar = 120, Coerce = 130 };

struct Instr {
  Op op;
  uint32_t a = 0;
  uint32_t b = 0;
  uint32_t c = 0;
  uint32_t span = 0;
};

}  // namespace ps::lang
