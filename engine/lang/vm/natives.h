// The runtime library as the VM sees it: native functions by index, methods
// of builtin values by receiver and name, the trace labels of the library's
// futures, and what `.clone()` and `{}` / `{:?}` do with its handles.
//
// A native receives its arguments as a span of Values and writes its result
// to `out`; it returns false after reporting a runtime error through the
// interpreter (which then panics the task, as Rust would). The library
// (lang/lib) builds the table; its owner hands it to the Interp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
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

// The trace label of a kind of library future ("sleep", "recv"). The library
// declares each once; the registry gives it its `slot` in NativeTable::labels
// and the Interp interns them all when it starts (Interp::label).
struct FutureLabel {
  std::string_view text;
  uint32_t slot = std::numeric_limits<uint32_t>::max();
};

// `.clone()` of a handle (HandleObj): writes the clone, or the same handle
// when clones share it, to `out`; false after reporting why it cannot be cloned.
using CloneHook = bool (*)(Interp& in, const Value& handle, Value& out);
// Display (`debug` false) or Debug text of a handle, appended to `out`; false
// when the library gives this handle no text of its own.
using TextHook = bool (*)(Interp& in, const Value& handle, bool debug, std::string& out);

struct NativeTable {
  const NativeDef* defs;  // indexed by the program's CallNative operand
  size_t size;
  MethodLookup find_method;
  const FutureLabel* const* labels;  // by slot
  size_t label_count;
  CloneHook clone_handle;
  TextHook handle_text;
};

}  // namespace ps::lang
