// tokio::time::interval: a ticker whose `tick().await` completes once per
// period (the first tick at once).
#include "lang/lib/tokio/tokio_internal.h"

namespace ps::lang {

namespace {

FutureLabel kTick{"tick"};

struct IntervalObj final : HandleObj {
  explicit IntervalObj(Interval i) : HandleObj(HandleKind::Interval), interval(std::move(i)) {}
  Interval interval;
};

bool time_interval(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t us = tokio_lib::micros_of(a[0]);
  if (us <= 0) return in.fail("`interval` needs a non-zero `Duration`");
  out = Value::adopt(new IntervalObj(interval(in.rt, Duration::from_micros(static_cast<uint64_t>(us)))));
  return true;
}

bool interval_tick(Interp& in, Value* a, uint32_t, Value& out) {
  Value keep = a[0];
  out = engine_future(in.label(kTick), a[0].as<IntervalObj>()->interval.tick(), [keep](uint64_t ms) {
    return Value::adopt(new TimeObj(HandleKind::Instant, static_cast<int64_t>(ms * 1000)));
  });
  return true;
}

const FnDef kFunctions[] = {
    {"tokio::time::interval",
     time_interval,
     1,
     1,
     {"fn interval(period: Duration) -> Interval",
      "A ticker: `interval.tick().await` completes once per period; the first tick is immediate.",
      "tokio::time::interval(Duration::from_millis(${1:100}))"}},
};

const MethodDef kIntervalMethods[] = {
    {"tick",
     interval_tick,
     {"async fn tick(&mut self) -> Instant", "Waits for the next tick of the interval; gives its Instant.",
      "tick().await"}},
};

const MethodGroup kMethods[] = {{HandleKind::Interval, kIntervalMethods}};
FutureLabel* const kLabels[] = {&kTick};

}  // namespace

namespace family {

const ApiFamily& tokio_interval() {
  static const ApiFamily f{
      .name = "tokio::time::interval",
      .summary = "Interval: a ticker on the virtual clock",
      .functions = kFunctions,
      .methods = kMethods,
      .labels = kLabels,
  };
  return f;
}

}  // namespace family
}  // namespace ps::lang
