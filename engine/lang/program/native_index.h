// The runtime library as the compiler sees it: natives by canonical Rust path.
//
// The compiler resolves a path such as `tokio::time::sleep` to an index that
// the program's CallNative instructions carry, and checks the call's arity.
// The library (lang/lib) provides the index; the compiler never sees the
// natives themselves.
#pragma once

#include <cstdint>
#include <string_view>

namespace ps::lang {

struct NativeSignature {
  std::string_view path;  // "tokio::time::sleep"
  uint8_t min_args;
  uint8_t max_args;
};

class NativeIndex {
 public:
  virtual ~NativeIndex() = default;
  // The index of the native with this canonical path, or -1.
  virtual int32_t find(std::string_view path) const = 0;
  // The path and arity of the native at `index` (a value `find` returned).
  virtual NativeSignature signature(uint32_t index) const = 0;
};

}  // namespace ps::lang
