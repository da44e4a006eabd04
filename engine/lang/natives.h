// The runtime library's native functions, by canonical Rust path.
//
// A native receives its arguments as a span of Values and writes its result
// to `out`; it returns false after reporting a runtime error through the
// interpreter (which then panics the task, as Rust would).
#pragma once

#include <cstdint>
#include <string_view>

#include "lang/value.h"

namespace ps::lang {

class Interp;

using NativeFn = bool (*)(Interp& in, Value* args, uint32_t n, Value& out);

struct NativeDef {
  std::string_view path;  // "tokio::time::sleep"
  NativeFn fn;
  uint8_t min_args;
  uint8_t max_args;
};

// The index of the native with this canonical path, or -1.
int32_t find_native(std::string_view path);
const NativeDef& native_def(uint32_t index);

// Methods of builtin values (strings, vectors, options, wakers, channels...),
// looked up by the receiver's runtime kind and the method name. args[0] is
// the receiver. Returns false when there is no such method (not an error yet).
bool find_method(Interp& in, const Value& receiver, std::string_view name, NativeFn& fn);

}  // namespace ps::lang
