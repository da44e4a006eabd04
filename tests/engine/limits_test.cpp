// Limits (core/runtime.h): each limit stops a run that would never end with
// RunStatus::Limit and a message naming the limit.
#include "counting_future.h"

namespace ps::testing {
namespace {

RunOptions with(uint64_t events, uint64_t polls, uint64_t time_ms) {
  RunOptions o;
  o.limits.max_events = events;
  o.limits.max_polls = polls;
  o.limits.max_time_ms = time_ms;
  return o;
}

void expect_limit_end(Runtime& rt, const std::string& message) {
  EXPECT_EQ(rt.status(), RunStatus::Limit);
  EXPECT_EQ(rt.message(), message);
  EXPECT_EQ(diagnostics(rt.trace(), DiagnosticCode::Limit), (Lines{message}));
  ASSERT_FALSE(rt.trace().events().empty());
  EXPECT_EQ(rt.trace().events().back().kind, EventKind::RunEnd);
  EXPECT_EQ(rt.trace().events().back().a, static_cast<uint32_t>(RunStatus::Limit));
}

TEST(limits_events, a_self_waking_task_stops_at_the_event_limit) {
  Runtime rt(with(1000, 1'000'000, 1'000'000));
  auto spin = new_probe("spin");
  rt.start(
      poll_fn<Unit>([&rt, spin, pc = 0, h = BoxFuture<Result<Unit, JoinError>>()](Context& cx) mutable -> Poll<Unit> {
        switch (pc) {
          case 0: h = boxed(rt.spawn(forever(spin, OnPending::WakeByRef), "spin")); AWAIT(h, 1);
        }
        return Ready(Unit{});
      }));
  EXPECT_EQ(rt.advance(), RunStatus::Limit);
  expect_limit_end(rt, "event limit reached: the run recorded 1000 events");
  // Each spin poll is 3 events; the run stops at the first step past 1000.
  EXPECT_GE(rt.event_count(), 1000u);
  EXPECT_LE(rt.event_count(), 1000u + 3 + 3);
  EXPECT_EQ(spin->drops, 1);
  EXPECT_EQ(rt.task(1).state, TaskState::Cancelled);
}

TEST(limits_polls, a_self_waking_main_stops_at_the_poll_limit) {
  Runtime rt(with(1'000'000, 100, 1'000'000));
  auto p = new_probe("main");
  rt.start(forever(p, OnPending::WakeByRef));
  EXPECT_EQ(rt.advance(), RunStatus::Limit);
  expect_limit_end(rt, "poll limit reached: the run polled 100 times");
  EXPECT_EQ(rt.poll_count(), 100u);
  EXPECT_EQ(p->polls, 100);
  EXPECT_EQ(rt.now_ms(), 0u);
}

TEST(limits_polls, a_task_that_wakes_itself_by_a_consumed_clone_also_stops) {
  Runtime rt(with(1'000'000, 50, 1'000'000));
  auto p = new_probe("t");
  rt.start(poll_fn<Unit>([&rt, p, pc = 0, h = BoxFuture<Result<Unit, JoinError>>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0: h = boxed(rt.spawn(forever(p, OnPending::Wake))); AWAIT(h, 1);
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Limit);
  expect_limit_end(rt, "poll limit reached: the run polled 50 times");
  EXPECT_EQ(p->polls, 49);  // main polled once
  EXPECT_EQ(p->wakes, 49);
}

TEST(limits_time, an_endless_interval_stops_at_the_time_limit) {
  Runtime rt(with(1'000'000, 1'000'000, 1000));
  uint64_t ticks = 0;
  rt.start(poll_fn<Unit>([&rt, &ticks, pc = 0, iv = std::optional<Interval>(),
                          t = BoxFuture<uint64_t>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        iv.emplace(interval(rt, Duration::from_millis(10)));
        for (;;) {
          t = boxed(iv->tick());
          AWAIT(t, 1);
          ++ticks;
        }
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Limit);
  expect_limit_end(rt, "virtual time limit reached: the run would pass 1000 ms");
  EXPECT_EQ(rt.now_ms(), 1000u);
  EXPECT_EQ(ticks, 101u);  // 0, 10, ..., 1000
}

TEST(limits_time, a_single_sleep_past_the_limit_stops_without_moving_the_clock) {
  Runtime rt(with(1'000'000, 1'000'000, 1000));
  rt.start(boxed(sleep(rt, Duration::from_secs(5))));
  EXPECT_EQ(rt.advance(), RunStatus::Limit);
  expect_limit_end(rt, "virtual time limit reached: the run would pass 1000 ms");
  EXPECT_EQ(rt.now_ms(), 0u);
  EXPECT_EQ(count_of(rt.trace(), EventKind::ClockAdvance), 0u);
}

TEST(limits_time, a_blocking_sleep_past_the_limit_inside_a_task_stops_the_run_safely) {
  Runtime rt(with(1'000'000, 1'000'000, 1000));
  auto other = new_probe("other");
  auto log = new_log();
  rt.start(poll_fn<Unit>(
      [&rt, other, log, pc = 0, h = BoxFuture<Result<Unit, JoinError>>()](Context& cx) mutable -> Poll<Unit> {
        switch (pc) {
          case 0:
            rt.spawn(forever(other, OnPending::Store), "other");
            h = boxed(rt.spawn(poll_fn<Unit>([&rt, log, flag = DropFlag(std::make_shared<int>(0), log, "blocker")](
                                                 Context&) -> Poll<Unit> {
                                 rt.block_for(5'000'000);
                                 log->push_back("blocker returns");
                                 return Pending;
                               }),
                               "blocker"));
            AWAIT(h, 1);
        }
        return Ready(Unit{});
      }));
  EXPECT_EQ(rt.advance(), RunStatus::Limit);
  EXPECT_EQ(rt.message(), "virtual time limit reached: the run would pass 1000 ms");
  // The blocking poll finishes before its future is dropped.
  EXPECT_EQ(*log, (Lines{"blocker returns", "drop blocker"}));
  EXPECT_EQ(other->drops, 1);
  EXPECT_EQ(rt.task(2).state, TaskState::Cancelled);
  EXPECT_FALSE(rt.task(2).has_future());
  EXPECT_EQ(rt.trace().events().back().kind, EventKind::RunEnd);
}

TEST(limits_advance, a_stopped_run_stays_stopped) {
  Runtime rt(with(1'000'000, 10, 1'000'000));
  rt.start(forever(new_probe("m"), OnPending::WakeByRef));
  EXPECT_EQ(rt.advance(), RunStatus::Limit);
  uint64_t n = rt.event_count();
  EXPECT_EQ(rt.advance(), RunStatus::Limit);
  EXPECT_EQ(rt.event_count(), n);
}

}  // namespace
}  // namespace ps::testing
