// Future<T>: the type-erased future interface, as Rust's `dyn Future`.
//
// A future is polled with a Context until it returns Ready. Destroying a
// future that has not completed is cancellation, exactly as dropping one is
// in Rust.
#pragma once

#include <memory>

#include "core/poll.h"
#include "core/waker.h"

namespace ps {

template <class T>
class Future {
 public:
  using Output = T;
  virtual ~Future() = default;
  virtual Poll<T> poll(Context& cx) = 0;
};

template <class T>
using BoxFuture = std::unique_ptr<Future<T>>;

// Boxes a concrete future: `boxed(Sleep(...))`.
template <class F>
BoxFuture<typename F::Output> boxed(F f) {
  return std::make_unique<F>(std::move(f));
}

}  // namespace ps
