// The parts of the runtime library, as the registry sees them.
#pragma once

#include <cstddef>
#include <string_view>

#include "lang/program/native_index.h"
#include "lang/vm/natives.h"

namespace ps::lang {

struct NativeList {
  const NativeDef* defs;
  size_t size;
};

// std: strings, vectors, iterators, Option/Result, Duration/Instant, mem, Arc,
// Mutex (std), Box/Pin, and the helpers the compiler calls (pollscope::*).
NativeList std_natives();
bool std_method(Interp& in, const Value& receiver, std::string_view name, NativeFn& fn);

// tokio and futures: spawn, time, sync, join/select, and the std::task /
// std::future / std::thread parts that touch the executor.
NativeList tokio_natives();
bool tokio_method(Interp& in, const Value& receiver, std::string_view name, NativeFn& fn);

// The whole library: what the compiler resolves paths against and what the VM
// calls. Built once, on first use.
const NativeIndex& native_index();
const NativeTable& native_table();

}  // namespace ps::lang
