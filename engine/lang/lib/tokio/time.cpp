// tokio::time: sleep, sleep_until and timeout on the paused virtual clock.
#include "lang/lib/tokio/tokio_internal.h"

namespace ps::lang {

namespace {

using tokio_lib::micros_of;

FutureLabel kSleep{"sleep"};
FutureLabel kTimeout{"timeout"};

bool time_sleep(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t us = micros_of(a[0]);
  if (us < 0) return in.fail("`sleep` takes a `Duration`");
  out =
      engine_future(in.label(kSleep), sleep(in.rt, Duration::from_micros(static_cast<uint64_t>(us))), tokio_lib::unit);
  return true;
}

bool time_sleep_until(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t us = micros_of(a[0]);
  if (us < 0) return in.fail("`sleep_until` takes an `Instant`");
  out = engine_future(in.label(kSleep), sleep_until(in.rt, (static_cast<uint64_t>(us) + 999) / 1000), tokio_lib::unit);
  return true;
}

bool time_timeout(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t us = micros_of(a[0]);
  if (us < 0) return in.fail("`timeout` takes a `Duration` first");
  if (!tokio_lib::need_future(in, a[1])) return false;
  auto t = timeout(in.rt, Duration::from_micros(static_cast<uint64_t>(us)), in.engine_future(std::move(a[1])));
  out = engine_future(in.label(kTimeout), std::move(t), [](Result<Value, Elapsed> r) {
    return r.is_ok() ? ok(std::move(r.value())) : err(error_value("elapsed", "deadline has elapsed", "Elapsed(())"));
  });
  return true;
}

const FnDef kFunctions[] = {
    {"tokio::time::sleep",
     time_sleep,
     1,
     1,
     {"async fn sleep(duration: Duration)",
      "Completes after `duration` of virtual time. Time is paused: the clock jumps when nothing else can run.",
      "tokio::time::sleep(Duration::from_millis(${1:100})).await"}},
    {"tokio::time::sleep_until",
     time_sleep_until,
     1,
     1,
     {"async fn sleep_until(deadline: Instant)", "Completes at `deadline` (virtual time).",
      "tokio::time::sleep_until(${1})"}},
    {"tokio::time::timeout",
     time_timeout,
     2,
     2,
     {"async fn timeout(duration, future) -> Result<T, Elapsed>",
      "Runs `future` but gives up after `duration`; the inner future is then dropped (cancelled).",
      "tokio::time::timeout(Duration::from_millis(${1:100}), ${2})"}},
};

FutureLabel* const kLabels[] = {&kSleep, &kTimeout};

}  // namespace

namespace family {

const ApiFamily& tokio_time() {
  static const ApiFamily f{
      .name = "tokio::time",
      .summary = "sleep, sleep_until and timeout on the paused virtual clock",
      .functions = kFunctions,
      .labels = kLabels,
  };
  return f;
}

}  // namespace family
}  // namespace ps::lang
