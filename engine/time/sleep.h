// sleep / sleep_until: a future that completes at a virtual deadline.
//
// As in Tokio, the deadline is fixed when the Sleep is created (not when it
// is first polled) and rounded up to a whole millisecond; the timer is
// registered on the first poll. A Sleep whose deadline has passed is Ready
// at once.
#pragma once

#include <utility>

#include "core/duration.h"
#include "runtime/runtime.h"

namespace ps {

class Sleep final : public Future<Unit> {
 public:
  Sleep(Runtime& rt, uint64_t deadline_ms) : rt_(&rt), timer_(rt.timer_create(deadline_ms)) {}
  Sleep(Sleep&& o) noexcept : rt_(std::exchange(o.rt_, nullptr)), timer_(o.timer_) {}
  Sleep& operator=(Sleep&& o) noexcept {
    if (this != &o) {
      release();
      rt_ = std::exchange(o.rt_, nullptr);
      timer_ = o.timer_;
    }
    return *this;
  }
  ~Sleep() override { release(); }

  Poll<Unit> poll(Context& cx) override {
    if (rt_->timer_poll(timer_, cx.waker())) return Ready(Unit{});
    return Pending;
  }
  uint64_t deadline_ms() const { return rt_->timer_deadline_ms(timer_); }
  bool is_elapsed() const { return rt_->timer_deadline_ms(timer_) <= rt_->now_ms(); }
  // Moves the deadline (Interval uses this); the timer registers again.
  void reset(uint64_t deadline_ms) {
    rt_->timer_release(timer_);
    timer_ = rt_->timer_create(deadline_ms);
  }

 private:
  void release() {
    if (rt_) rt_->timer_release(timer_);
    rt_ = nullptr;
  }
  Runtime* rt_;
  uint32_t timer_;
};

[[nodiscard]] inline Sleep sleep(Runtime& rt, Duration d) { return Sleep(rt, rt.deadline_after_us(d.us)); }
[[nodiscard]] inline Sleep sleep_until(Runtime& rt, uint64_t deadline_ms) { return Sleep(rt, deadline_ms); }

}  // namespace ps
