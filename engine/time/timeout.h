// timeout: runs a future with a deadline. The inner future is polled first
// and the deadline checked after, so an inner future that is ready at the
// deadline still wins; the deadline is fixed when timeout() is called.
#pragma once

#include "core/result.h"
#include "time/sleep.h"

namespace ps {

// The error of a timeout that expired.
struct Elapsed {};

template <class T>
class Timeout final : public Future<Result<T, Elapsed>> {
 public:
  Timeout(Runtime& rt, Duration d, BoxFuture<T> inner) : inner_(std::move(inner)), delay_(sleep(rt, d)) {}

  Poll<Result<T, Elapsed>> poll(Context& cx) override {
    auto p = inner_->poll(cx);
    if (p.is_ready()) return Ready(Result<T, Elapsed>::Ok(p.take()));
    if (delay_.poll(cx).is_ready()) return Ready(Result<T, Elapsed>::Err(Elapsed{}));
    return Pending;
  }

 private:
  BoxFuture<T> inner_;
  Sleep delay_;
};

template <class T>
[[nodiscard]] Timeout<T> timeout(Runtime& rt, Duration d, BoxFuture<T> inner) {
  return Timeout<T>(rt, d, std::move(inner));
}

}  // namespace ps
