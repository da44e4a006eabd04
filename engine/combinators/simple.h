// The small futures: ready, pending, poll_fn, yield_now.
#pragma once

#include <optional>
#include <utility>

#include "runtime/runtime.h"

namespace ps {

// ready(v): Ready(v) on the first poll.
template <class T>
class ReadyFuture final : public Future<T> {
 public:
  explicit ReadyFuture(T v) : value_(std::move(v)) {}
  Poll<T> poll(Context&) override {
    if (!value_) return Pending;
    return Ready(*std::exchange(value_, std::nullopt));
  }

 private:
  std::optional<T> value_;
};

template <class T>
[[nodiscard]] ReadyFuture<T> ready(T v) {
  return ReadyFuture<T>(std::move(v));
}

// pending(): never completes and never wakes anyone.
template <class T>
class PendingFuture final : public Future<T> {
 public:
  Poll<T> poll(Context&) override { return Pending; }
};

template <class T>
[[nodiscard]] PendingFuture<T> pending() {
  return {};
}

// poll_fn(f): a future whose poll is the function f(cx). F may be a
// move-only lambda with mutable state, which makes small state machines easy.
template <class T, class F>
class PollFn final : public Future<T> {
 public:
  explicit PollFn(F f) : f_(std::move(f)) {}
  Poll<T> poll(Context& cx) override { return f_(cx); }

 private:
  F f_;
};

template <class T, class F>
[[nodiscard]] BoxFuture<T> poll_fn(F f) {
  return std::make_unique<PollFn<T, F>>(std::move(f));
}

// yield_now(): Pending once, handing the waker to the scheduler's deferred
// list (woken when the run queue drains), then Ready. This is Tokio >= 1.23;
// it is not an immediate self-wake.
class YieldNow final : public Future<Unit> {
 public:
  Poll<Unit> poll(Context& cx) override {
    if (yielded_) return Ready(Unit{});
    yielded_ = true;
    cx.runtime().defer(cx.waker());
    return Pending;
  }

 private:
  bool yielded_ = false;
};

[[nodiscard]] inline YieldNow yield_now() { return {}; }

}  // namespace ps
