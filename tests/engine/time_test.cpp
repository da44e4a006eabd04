// time/*.h: sleep, interval, timeout, the timer queue, simulated threads
// and blocking sleeps, all on the paused virtual clock.
#include <optional>

#include "counting_future.h"

namespace ps::testing {
namespace {

using Handle = BoxFuture<Result<Unit, JoinError>>;

BoxFuture<Unit> sleep_ms(Runtime& rt, uint64_t ms) { return boxed(sleep(rt, Duration::from_millis(ms))); }

std::vector<std::pair<uint32_t, uint32_t>> clock_jumps(const Trace& t) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  for (const Event& e : events_of(t, EventKind::ClockAdvance)) out.emplace_back(e.a, e.b);
  return out;
}

TEST(time_sleep, deadlines_are_rounded_up_to_whole_milliseconds) {
  Runtime rt;
  std::vector<uint64_t> deadlines;
  std::vector<uint64_t> woke_us;
  rt.start(poll_fn<Unit>(
      [&rt, &deadlines, &woke_us, pc = 0, s = std::unique_ptr<Sleep>()](Context& cx) mutable -> Poll<Unit> {
        switch (pc) {
          case 0:
            rt.block_for(1500);  // now 1.5 ms
            deadlines.push_back(sleep(rt, Duration::from_micros(0)).deadline_ms());
            deadlines.push_back(sleep(rt, Duration::from_micros(500)).deadline_ms());
            deadlines.push_back(sleep(rt, Duration::from_micros(501)).deadline_ms());
            s = std::make_unique<Sleep>(sleep(rt, Duration::from_millis(1)));
            deadlines.push_back(s->deadline_ms());
            AWAIT(s, 1);
            woke_us.push_back(rt.now_us());
        }
        return Ready(Unit{});
      }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(deadlines, (std::vector<uint64_t>{2, 2, 3, 3}));
  EXPECT_EQ(woke_us, (std::vector<uint64_t>{3000}));
  auto reg = events_of(rt.trace(), EventKind::TimerRegister);
  ASSERT_EQ(reg.size(), 1u);
  EXPECT_EQ(reg[0].b, 3u);
  EXPECT_EQ(reg[0].a, 4u);  // the fourth timer created
}

TEST(time_sleep, the_deadline_is_fixed_at_creation_not_at_the_first_poll) {
  Runtime rt;
  std::vector<uint64_t> at;
  rt.start(poll_fn<Unit>(
      [&rt, &at, pc = 0, a = BoxFuture<Unit>(), b = BoxFuture<Unit>()](Context& cx) mutable -> Poll<Unit> {
        switch (pc) {
          case 0:
            a = sleep_ms(rt, 10);  // created at 0: due at 10
            b = sleep_ms(rt, 4);
            AWAIT(b, 1);
            at.push_back(rt.now_ms());
            AWAIT(a, 2);  // first polled at 4, still due at 10
            at.push_back(rt.now_ms());
        }
        return Ready(Unit{});
      }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(at, (std::vector<uint64_t>{4, 10}));
  EXPECT_EQ(clock_jumps(rt.trace()), (std::vector<std::pair<uint32_t, uint32_t>>{{0, 4}, {4, 10}}));
  auto reg = events_of(rt.trace(), EventKind::TimerRegister);
  ASSERT_EQ(reg.size(), 2u);
  EXPECT_EQ(reg[1].time_us, 4000u);
  EXPECT_EQ(reg[1].b, 10u);
}

TEST(time_sleep, equal_deadlines_fire_in_registration_order_not_creation_order) {
  Runtime rt;
  rt.start(poll_fn<Unit>([&rt, pc = 0, j = BoxFuture<std::vector<Unit>>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0: {
        auto s1 = sleep_ms(rt, 10);  // timer #1
        auto s2 = sleep_ms(rt, 10);  // timer #2
        auto s3 = sleep_ms(rt, 10);  // timer #3
        std::vector<BoxFuture<Unit>> v;
        v.push_back(std::move(s3));
        v.push_back(std::move(s1));
        v.push_back(std::move(s2));
        j = boxed(join_all(std::move(v)));
      }
        AWAIT(j, 1);
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  std::vector<uint32_t> reg, fired;
  for (auto& e : events_of(rt.trace(), EventKind::TimerRegister)) reg.push_back(e.a);
  for (auto& e : events_of(rt.trace(), EventKind::TimerFire)) fired.push_back(e.a);
  EXPECT_EQ(reg, (std::vector<uint32_t>{3, 1, 2}));
  EXPECT_EQ(fired, (std::vector<uint32_t>{3, 1, 2}));
  EXPECT_EQ(rt.now_ms(), 10u);
}

TEST(time_sleep, equal_deadlines_in_separate_tasks_wake_them_in_registration_order) {
  Runtime rt;
  auto log = new_log();
  rt.start(poll_fn<Unit>([&rt, log, pc = 0, i = 0, hs = std::vector<Handle>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        for (int k = 1; k <= 3; ++k) {
          hs.push_back(boxed(
              rt.spawn(poll_fn<Unit>([&rt, log, k, pc = 0, s = BoxFuture<Unit>()](Context& cx) mutable -> Poll<Unit> {
                switch (pc) {
                  case 0:
                    s = sleep_ms(rt, 10);
                    AWAIT(s, 1);
                    log->push_back("T" + std::to_string(k) + " @" + std::to_string(rt.now_ms()));
                }
                return Ready(Unit{});
              }))));
        }
        for (i = 0; i < 3; ++i) {
          AWAIT(hs[i], 1);
        }
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(*log, (Lines{"T1 @10", "T2 @10", "T3 @10"}));
  std::vector<uint32_t> woken;
  for (auto& e : events_of(rt.trace(), EventKind::Wake))
    if (e.b == static_cast<uint32_t>(WakeOrigin::Timer)) woken.push_back(e.task);
  EXPECT_EQ(woken, (std::vector<uint32_t>{1, 2, 3}));
}

TEST(time_sleep, the_clock_jumps_only_when_nothing_is_runnable) {
  Runtime rt;
  auto busy = new_probe("busy");
  rt.start(poll_fn<Unit>([&rt, busy, pc = 0, s = BoxFuture<Unit>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        rt.spawn(counting_unit(busy, 5, OnPending::WakeByRef), "busy");
        s = sleep_ms(rt, 1);
        AWAIT(s, 1);
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(busy->polls, 6);
  const Trace& t = rt.trace();
  long jump = index_of(t, [](const Event& e) { return e.kind == EventKind::ClockAdvance; });
  long last_busy = -1;
  for (size_t i = 0; i < t.size(); ++i)
    if (t.events()[i].kind == EventKind::PollEnd && t.events()[i].task == 1) last_busy = static_cast<long>(i);
  ASSERT_GE(jump, 0);
  EXPECT_GT(jump, last_busy);
  for (const Event& e : t.events())
    if (e.task == 1 && e.kind == EventKind::PollBegin) {
      EXPECT_EQ(e.time_us, 0u);
    }
  EXPECT_EQ(clock_jumps(t), (std::vector<std::pair<uint32_t, uint32_t>>{{0, 1}}));
}

TEST(time_sleep, the_clock_does_not_jump_while_yield_now_wakers_are_deferred) {
  Runtime rt;
  std::vector<uint64_t> at;
  rt.start(poll_fn<Unit>(
      [&rt, &at, pc = 0, i = 0, s = BoxFuture<Unit>(), y = BoxFuture<Unit>()](Context& cx) mutable -> Poll<Unit> {
        switch (pc) {
          case 0:
            s = sleep_ms(rt, 5);
            if (s->poll(cx).is_ready()) return Ready(Unit{});  // registers the timer
            for (i = 0; i < 3; ++i) {
              y = boxed(yield_now());
              AWAIT(y, 1);
              at.push_back(rt.now_ms());
            }
            AWAIT(s, 2);
            at.push_back(rt.now_ms());
        }
        return Ready(Unit{});
      }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(at, (std::vector<uint64_t>{0, 0, 0, 5}));
}

TEST(time_sleep, a_past_deadline_is_ready_at_once_without_registering) {
  Runtime rt;
  std::vector<bool> ready_first_poll;
  rt.start(poll_fn<Unit>([&rt, &ready_first_poll, pc = 0, s = BoxFuture<Unit>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        s = sleep_ms(rt, 10);
        AWAIT(s, 1);
        ready_first_poll.push_back(sleep_until(rt, 5).poll(cx).is_ready());
        ready_first_poll.push_back(sleep_until(rt, 10).poll(cx).is_ready());
        ready_first_poll.push_back(sleep(rt, Duration::from_millis(0)).poll(cx).is_ready());
        ready_first_poll.push_back(sleep_until(rt, 11).poll(cx).is_ready());
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(ready_first_poll, (std::vector<bool>{true, true, true, false}));
  auto reg = events_of(rt.trace(), EventKind::TimerRegister);
  ASSERT_EQ(reg.size(), 2u);  // the first sleep and the one due at 11
  EXPECT_EQ(reg[1].b, 11u);
  EXPECT_EQ(rt.now_ms(), 10u);  // the dropped 11 ms timer does not move the clock
}

TEST(time_sleep, dropping_a_sleep_cancels_its_timer) {
  Runtime rt;
  auto log = new_log();
  rt.start(poll_fn<Unit>(
      [&rt, log, pc = 0, sel = BoxFuture<Selected<Unit>>(), s = BoxFuture<Unit>()](Context& cx) mutable -> Poll<Unit> {
        switch (pc) {
          case 0: {
            std::vector<BoxFuture<Unit>> b;
            b.push_back(sleep_ms(rt, 100));
            b.push_back(sleep_ms(rt, 10));
            sel = boxed(select(std::move(b), true));
          }
            AWAIT(sel, 1);
            s = sleep_ms(rt, 200);  // due at 210
            AWAIT(s, 2);
        }
        return Ready(Unit{});
      }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(clock_jumps(rt.trace()), (std::vector<std::pair<uint32_t, uint32_t>>{{0, 10}, {10, 210}}));
  EXPECT_EQ(count_of(rt.trace(), EventKind::TimerFire), 2u);
}

TEST(time_interval, the_first_tick_is_immediate_then_every_period) {
  Runtime rt;
  std::vector<std::pair<uint64_t, uint64_t>> ticks;  // (tick deadline, now)
  rt.start(poll_fn<Unit>([&rt, &ticks, pc = 0, iv = std::optional<Interval>(), t = BoxFuture<uint64_t>(),
                          at = uint64_t{0}](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        iv.emplace(interval(rt, Duration::from_millis(10)));
        while (ticks.size() < 5) {
          t = boxed(iv->tick());
          AWAIT_OUT(t, 1, at);
          ticks.emplace_back(at, rt.now_ms());
        }
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(ticks, (std::vector<std::pair<uint64_t, uint64_t>>{{0, 0}, {10, 10}, {20, 20}, {30, 30}, {40, 40}}));
  EXPECT_EQ(count_of(rt.trace(), EventKind::ClockAdvance), 4u);
  EXPECT_EQ(count_of(rt.trace(), EventKind::TimerRegister), 4u);
}

TEST(time_interval, missed_ticks_burst_after_a_blocking_sleep) {
  Runtime rt;
  std::vector<std::pair<uint64_t, uint64_t>> ticks;
  rt.start(poll_fn<Unit>([&rt, &ticks, pc = 0, iv = std::optional<Interval>(), t = BoxFuture<uint64_t>(),
                          at = uint64_t{0}](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        iv.emplace(interval(rt, Duration::from_millis(10)));
        while (ticks.size() < 4) {
          t = boxed(iv->tick());
          AWAIT_OUT(t, 1, at);
          ticks.emplace_back(at, rt.now_ms());
          if (ticks.size() == 1) rt.block_for(25'000);
        }
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(ticks, (std::vector<std::pair<uint64_t, uint64_t>>{{0, 0}, {10, 25}, {20, 25}, {30, 30}}));
}

TEST(time_timeout, an_inner_future_ready_exactly_at_the_deadline_wins) {
  Runtime rt;
  std::optional<Result<Unit, Elapsed>> got;
  rt.start(
      poll_fn<Unit>([&rt, &got, pc = 0, f = BoxFuture<Result<Unit, Elapsed>>()](Context& cx) mutable -> Poll<Unit> {
        switch (pc) {
          case 0:
            f = boxed(timeout(rt, Duration::from_millis(10), sleep_ms(rt, 10)));
            {
              auto p = f->poll(cx);
              if (p.is_ready()) got.emplace(p.take());
            }
            pc = 1;
            [[fallthrough]];
          case 1: {
            auto p = f->poll(cx);
            if (p.is_pending()) return Pending;
            got.emplace(p.take());
          }
        }
        return Ready(Unit{});
      }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  ASSERT_TRUE(got);
  EXPECT_TRUE(got->is_ok());
  EXPECT_EQ(rt.now_ms(), 10u);
}

TEST(time_timeout, the_inner_future_is_polled_first_and_dropped_on_expiry) {
  Runtime rt;
  auto inner = new_probe("inner");
  std::optional<Result<int, Elapsed>> got;
  std::vector<int> polls_seen;
  rt.start(poll_fn<Unit>([&rt, inner, &got, &polls_seen, pc = 0, f = BoxFuture<Result<int, Elapsed>>(),
                          v = std::optional<Result<int, Elapsed>>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        f = boxed(timeout(rt, Duration::from_millis(10), forever<int>(inner, OnPending::Nothing)));
        AWAIT_OUT(f, 1, v);
        polls_seen.push_back(inner->drops);
        got = std::move(v);
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  ASSERT_TRUE(got);
  EXPECT_TRUE(got->is_err());
  EXPECT_EQ(inner->polls, 2);  // at 0 and at 10, before the deadline check
  EXPECT_EQ(inner->drops, 1);
  EXPECT_EQ(polls_seen, (std::vector<int>{1}));  // dropped with the Timeout, before the body goes on
  EXPECT_EQ(rt.now_ms(), 10u);
}

TEST(time_timeout, the_deadline_is_fixed_when_timeout_is_called) {
  Runtime rt;
  std::optional<Result<Unit, Elapsed>> got;
  rt.start(poll_fn<Unit>([&rt, &got, pc = 0, f = BoxFuture<Result<Unit, Elapsed>>(), s = BoxFuture<Unit>(),
                          v = std::optional<Result<Unit, Elapsed>>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        f = boxed(timeout(rt, Duration::from_millis(10), boxed(pending<Unit>())));
        s = sleep_ms(rt, 7);
        AWAIT(s, 1);
        AWAIT_OUT(f, 2, v);
        got = std::move(v);
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  ASSERT_TRUE(got);
  EXPECT_TRUE(got->is_err());
  EXPECT_EQ(rt.now_ms(), 10u);
}

// A thread: sleeps 100 ms, then wakes the waker it was given.
class WakeLater final : public ThreadBody {
 public:
  explicit WakeLater(std::shared_ptr<Waker> w, Log log) : w_(std::move(w)), log_(std::move(log)) {}
  ThreadStep resume(Runtime& rt) override {
    log_->push_back("thread step " + std::to_string(step_) + " @" + std::to_string(rt.now_ms()));
    if (step_++ == 0) return ThreadStep::Sleep(100'000);
    Waker w = std::move(*w_);
    w.wake();
    return ThreadStep::Done();
  }

 private:
  std::shared_ptr<Waker> w_;
  Log log_;
  int step_ = 0;
};

TEST(time_thread, a_simulated_thread_sleeps_on_the_virtual_clock_and_wakes_from_outside) {
  Runtime rt;
  auto log = new_log();
  auto slot = std::make_shared<Waker>();
  rt.start(poll_fn<Unit>([&rt, log, slot, started = false](Context& cx) mutable -> Poll<Unit> {
    log->push_back("main @" + std::to_string(rt.now_ms()));
    if (!started) {
      started = true;
      *slot = cx.waker();
      rt.spawn_thread(std::make_unique<WakeLater>(slot, log), "timer thread");
      return Pending;
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(*log, (Lines{"main @0", "thread step 0 @0", "thread step 1 @100", "main @100"}));
  auto wakes = events_of(rt.trace(), EventKind::Wake);
  ASSERT_EQ(wakes.size(), 1u);
  EXPECT_EQ(wakes[0].b, static_cast<uint32_t>(WakeOrigin::Thread));
  EXPECT_EQ(wakes[0].time_us, 100'000u);
  EXPECT_EQ(wakes[0].task, 0u);
  auto spawned = events_of(rt.trace(), EventKind::ThreadSpawn);
  ASSERT_EQ(spawned.size(), 1u);
  EXPECT_EQ(rt.trace().str(spawned[0].a), "timer thread");
  auto slept = events_of(rt.trace(), EventKind::ThreadSleep);
  ASSERT_EQ(slept.size(), 1u);
  EXPECT_EQ(slept[0].a, 100u);
  EXPECT_EQ(clock_jumps(rt.trace()), (std::vector<std::pair<uint32_t, uint32_t>>{{0, 100}}));
}

TEST(time_thread, a_thread_step_and_a_timer_at_the_same_time_run_the_thread_first) {
  Runtime rt;
  auto log = new_log();
  auto slot = std::make_shared<Waker>();
  rt.start(poll_fn<Unit>([&rt, log, slot, pc = 0, s = BoxFuture<Unit>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        rt.spawn_thread(std::make_unique<WakeLater>(slot, log), "th");
        s = sleep_ms(rt, 100);
        AWAIT(s, 1);
        log->push_back("main woke @" + std::to_string(rt.now_ms()));
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(*log, (Lines{"thread step 0 @0", "thread step 1 @100", "main woke @100"}));
}

TEST(time_blocking, a_blocking_sleep_moves_the_clock_but_timers_fire_when_the_executor_parks) {
  Runtime rt;
  std::vector<size_t> fires_seen;
  std::vector<uint64_t> at;
  rt.start(poll_fn<Unit>([&rt, &fires_seen, &at, pc = 0, h = Handle(),
                          y = BoxFuture<Unit>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        h = boxed(rt.spawn(poll_fn<Unit>([&rt, &at, pc = 0, s = BoxFuture<Unit>()](Context& cx) mutable -> Poll<Unit> {
          switch (pc) {
            case 0:
              s = sleep_ms(rt, 10);
              AWAIT(s, 1);
              at.push_back(rt.now_ms());
          }
          return Ready(Unit{});
        })));
        y = boxed(yield_now());
        AWAIT(y, 1);
        rt.block_for(50'000);
        fires_seen.push_back(count_of(rt.trace(), EventKind::TimerFire));
        at.push_back(rt.now_ms());
        AWAIT(h, 2);
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(fires_seen, (std::vector<size_t>{0}));
  EXPECT_EQ(at, (std::vector<uint64_t>{50, 50}));
  auto fire = events_of(rt.trace(), EventKind::TimerFire);
  ASSERT_EQ(fire.size(), 1u);
  EXPECT_EQ(fire[0].time_us, 50'000u);
  auto blk = events_of(rt.trace(), EventKind::BlockingSleep);
  ASSERT_EQ(blk.size(), 1u);
  EXPECT_EQ(blk[0].a, 50u);
  EXPECT_EQ(blk[0].time_us, 0u);
  EXPECT_EQ(clock_jumps(rt.trace()), (std::vector<std::pair<uint32_t, uint32_t>>{{0, 50}}));
}

TEST(time_blocking, a_blocking_sleep_runs_due_thread_steps_at_their_own_times) {
  Runtime rt;
  auto log = new_log();
  auto slot = std::make_shared<Waker>();
  rt.start(poll_fn<Unit>([&rt, log, slot, n = 0](Context& cx) mutable -> Poll<Unit> {
    log->push_back("main @" + std::to_string(rt.now_ms()));
    if (n++ > 0) return Ready(Unit{});
    *slot = cx.waker();
    rt.spawn_thread(std::make_unique<WakeLater>(slot, log), "th");
    rt.block_for(300'000);
    log->push_back("main unblocked @" + std::to_string(rt.now_ms()));
    return Pending;
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(*log, (Lines{"main @0", "thread step 0 @0", "thread step 1 @100", "main unblocked @300", "main @300"}));
  auto wakes = events_of(rt.trace(), EventKind::Wake);
  ASSERT_EQ(wakes.size(), 1u);
  EXPECT_EQ(wakes[0].time_us, 100'000u);
  EXPECT_EQ(wakes[0].b, static_cast<uint32_t>(WakeOrigin::Thread));
  EXPECT_EQ(clock_jumps(rt.trace()), (std::vector<std::pair<uint32_t, uint32_t>>{{0, 100}, {100, 300}}));
}

}  // namespace
}  // namespace ps::testing
