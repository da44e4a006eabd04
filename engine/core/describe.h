// describe(value): the short text the trace shows for a Ready value.
//
// Overload `describe` in your value's namespace to make its values readable
// in the trace; anything else shows as "…".
#pragma once

#include <string>
#include <type_traits>
#include <vector>

#include "core/poll.h"

namespace ps {

inline std::string describe(const Unit&) { return "()"; }
inline std::string describe(const std::string& s) { return "\"" + s + "\""; }
inline std::string describe(bool b) { return b ? "true" : "false"; }

template <class T>
std::string describe(const T& v) {
  if constexpr (std::is_arithmetic_v<T>) {
    return std::to_string(v);
  } else {
    return "…";
  }
}

template <class T>
std::string describe(const std::vector<T>& v) {
  std::string s = "[";
  for (size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + describe(v[i]);
  return s + "]";
}

}  // namespace ps
