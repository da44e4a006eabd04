// The runtime library as the VM sees it: native functions by index and
// methods of builtin values by receiver and name.
//
// A native receives its arguments as a span of Values and writes its result
// to `out`; it returns false after reporting a runtime error through the
// interpreter (which then panics the task, as Rust would). The library
// (lang/lib) builds the table; its owner hands it to the Interp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lang/program/value.h"

namespace ps::lang {

class Interp;

using NativeFn = bool (*)(Interp& in, Value* args, uint32_t n, Value& out);

struct NativeDef {
  std::string_view path;  // "tokio::time::sleep"
  NativeFn fn;
  uint8_t min_args;
  uint8_t max_args;
};

// Methods of builtin values (strings, vectors, options, wakers, channels...),
// looked up by the receiver's runtime kind and the method name. args[0] is
// the receiver. Returns false when there is no such method (not an error yet).
using MethodLookup = bool (*)(Interp& in, const Value& receiver, std::string_view name, NativeFn& fn);

struct NativeTable {
  const NativeDef* defs;  // indexed by the program's CallNative operand
  size_t size;
  MethodLookup find_method;
};

}  // namespace ps::lang
