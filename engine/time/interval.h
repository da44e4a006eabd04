// interval: ticks every `period`, the first tick at once (Tokio's Interval
// with MissedTickBehavior::Burst).
#pragma once

#include "time/sleep.h"

namespace ps {

class Interval {
 public:
  Interval(Runtime& rt, Duration period)
      : period_ms_(period.us / 1000 ? period.us / 1000 : 1), delay_(rt, rt.now_ms()) {}

  // Ready with the tick's deadline (ms) when the tick is due.
  Poll<uint64_t> poll_tick(Context& cx) {
    if (delay_.poll(cx).is_pending()) return Pending;
    uint64_t at = delay_.deadline_ms();
    delay_.reset(at + period_ms_);
    return Ready(at);
  }

  // The future of one `interval.tick().await`.
  class Tick final : public Future<uint64_t> {
   public:
    explicit Tick(Interval& i) : interval_(i) {}
    Poll<uint64_t> poll(Context& cx) override { return interval_.poll_tick(cx); }

   private:
    Interval& interval_;
  };
  [[nodiscard]] Tick tick() { return Tick(*this); }

 private:
  uint64_t period_ms_;
  Sleep delay_;
};

[[nodiscard]] inline Interval interval(Runtime& rt, Duration period) { return Interval(rt, period); }

}  // namespace ps
