// Poll<T>: what a future's poll returns, as in Rust's std::task::Poll.
#pragma once

#include <optional>
#include <utility>

namespace ps {

// The output of futures that produce nothing, Rust's `()`.
struct Unit {
  bool operator==(const Unit&) const = default;
};

// `return Pending;` converts to any Poll<T>.
struct PendingTag {};
inline constexpr PendingTag Pending{};

template <class T>
class [[nodiscard]] Poll {
 public:
  Poll(PendingTag) {}
  static Poll Ready(T value) {
    Poll p{Pending};
    p.value_.emplace(std::move(value));
    return p;
  }

  bool is_ready() const { return value_.has_value(); }
  bool is_pending() const { return !value_.has_value(); }
  T& value() { return *value_; }
  T take() { return std::move(*value_); }

 private:
  std::optional<T> value_;
};

// Ready(v) deduces T: `return Ready(42);`.
template <class T>
Poll<T> Ready(T value) {
  return Poll<T>::Ready(std::move(value));
}

}  // namespace ps
