// Waker: the handle that tells the executor to poll a task again.
//
// A Waker names a task and the path of the future it was handed to, so the
// trace can say "wake countdown" rather than just "wake task 1". Copying a
// Waker is Rust's `clone()`, destroying it is `drop`; the runtime counts the
// live wakers of each task, which is how it recognises a lost waker (a task
// left Pending with no waker anywhere).
//
// Wakers must not outlive the Runtime that made them.
#pragma once

#include <cstdint>
#include <utility>

#include "trace/event.h"

namespace ps {

class Runtime;

class Waker {
 public:
  // A waker that wakes nothing (std::task::Waker::noop).
  Waker() = default;
  Waker(const Waker& other);
  Waker(Waker&& other) noexcept
      : rt_(std::exchange(other.rt_, nullptr)), task_(other.task_), path_(other.path_), quiet_(other.quiet_) {}
  Waker& operator=(const Waker& other);
  Waker& operator=(Waker&& other) noexcept;
  ~Waker() { release(); }

  // Wakes the task and consumes this waker.
  void wake(WakeOrigin origin = WakeOrigin::Direct);
  // Wakes the task and keeps this waker.
  void wake_by_ref(WakeOrigin origin = WakeOrigin::Direct) const;
  // True when both wakers would wake the same task through the same path.
  bool will_wake(const Waker& other) const { return rt_ == other.rt_ && task_ == other.task_ && path_ == other.path_; }

  // A clone kept by the runtime library itself (a timer, a channel, the
  // deferred list): counted as live like any waker, but its clone and drop
  // are not traced, so the trace shows the program's own clones.
  Waker quiet_clone() const;

  bool is_noop() const { return rt_ == nullptr; }
  bool is_quiet() const { return quiet_; }
  uint32_t task() const { return task_; }
  uint32_t path() const { return path_; }

 private:
  friend class Runtime;
  // Made only by the runtime. A quiet waker (the one a poll's Context lends)
  // is counted as live but its creation and drop are not traced; its clones
  // are ordinary wakers.
  Waker(Runtime* rt, uint32_t task, uint32_t path, bool quiet) : rt_(rt), task_(task), path_(path), quiet_(quiet) {}
  void release();

  Runtime* rt_ = nullptr;
  uint32_t task_ = 0;
  uint32_t path_ = 0;
  bool quiet_ = false;
};

// Context: what a poll receives. It carries the waker of the task being
// polled and the path of the future being polled.
class Context {
 public:
  Context(Runtime& rt, const Waker& waker) : rt_(rt), waker_(waker) {}

  const Waker& waker() const { return waker_; }
  Runtime& runtime() const { return rt_; }
  uint32_t path() const { return waker_.path(); }
  uint32_t task() const { return waker_.task(); }

 private:
  Runtime& rt_;
  const Waker& waker_;
};

}  // namespace ps
