// core/runtime.h, core/task.h, core/join_handle.h: the current_thread
// scheduler (FIFO queue, main polled at the top of a round, the 61-poll event
// interval), task states, JoinHandle, abort, the end of a run.
#include <optional>

#include "counting_future.h"

namespace ps::testing {
namespace {

using Handle = BoxFuture<Result<Unit, JoinError>>;

TEST(runtime_spawn, tasks_run_in_spawn_order_and_only_after_main_returns_pending) {
  Runtime rt;
  auto log = new_log();
  auto a = new_probe("A", log), b = new_probe("B", log), c = new_probe("C", log);
  rt.start(poll_fn<Unit>([&rt, log, a, b, c, pc = 0, h = Handle()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        log->push_back("main 1");
        rt.spawn(counting_unit(a, 0));
        rt.spawn(counting_unit(b, 0));
        h = boxed(rt.spawn(counting_unit(c, 0)));
        log->push_back("main spawned");
        AWAIT(h, 1);
        log->push_back("main 2");
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(*log, (Lines{"main 1", "main spawned", "A", "drop A", "B", "drop B", "C", "drop C", "main 2"}));
  EXPECT_EQ(poll_order(rt.trace()), (std::vector<uint32_t>{0, 1, 2, 3, 0}));
  auto spawns = events_of(rt.trace(), EventKind::Spawn);
  ASSERT_EQ(spawns.size(), 3u);
  EXPECT_EQ(rt.trace().str(spawns[0].a), "task 1");
  EXPECT_EQ(spawns[2].task, 3u);
  EXPECT_EQ(rt.task_count(), 3u);
}

TEST(runtime_spawn, a_named_task_carries_its_name_in_the_trace) {
  Runtime rt;
  rt.start(poll_fn<Unit>([&rt](Context&) -> Poll<Unit> {
    rt.spawn(boxed(ready(Unit{})), "worker");
    return Ready(Unit{});
  }));
  rt.advance();
  EXPECT_EQ(rt.trace().task_name(1), "worker");
  EXPECT_EQ(rt.trace().str(rt.task(1).name), "worker");
  EXPECT_EQ(rt.trace().task_name(0), "main");
}

TEST(runtime_schedule, main_woken_by_a_task_is_polled_only_when_the_queue_drains) {
  Runtime rt;
  auto log = new_log();
  auto a = new_probe("A", log), b = new_probe("B", log);
  rt.start(poll_fn<Unit>([&rt, log, a, b, pc = 0, h = Handle()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        h = boxed(rt.spawn(counting_unit(a, 0)));
        rt.spawn(counting_unit(b, 3, OnPending::WakeByRef));
        AWAIT(h, 1);
        log->push_back("main");
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  // A completes and wakes main at once, but B keeps waking itself and
  // main waits until the queue is empty.
  EXPECT_EQ(*log, (Lines{"A", "drop A", "B", "B", "B", "B", "drop B", "main"}));
  EXPECT_EQ(b->wakes, 3);
}

TEST(runtime_schedule, main_is_polled_after_at_most_61_task_polls) {
  Runtime rt;
  auto spin = new_probe("spin");
  auto waker = new_probe("waker");
  std::vector<int> spin_polls_seen;
  rt.start(poll_fn<Unit>([&rt, spin, waker, &spin_polls_seen, pc = 0, h = Handle()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        rt.spawn(forever(spin, OnPending::WakeByRef), "spin");
        h = boxed(rt.spawn(counting_unit(waker, 0), "waker"));
        AWAIT(h, 1);
        spin_polls_seen.push_back(spin->polls);
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  // Round: spin, waker (wakes main), then 59 more spin polls = 61 ticks.
  ASSERT_EQ(spin_polls_seen.size(), 1u);
  EXPECT_EQ(spin_polls_seen[0], 60);
  EXPECT_EQ(rt.poll_count(), 63u);  // main, 61 task polls, main
  EXPECT_EQ(spin->drops, 1);        // dropped at the end of the run
  EXPECT_EQ(kEventInterval, 61u);
}

TEST(runtime_schedule, a_self_waking_main_is_polled_every_61_task_polls) {
  Runtime rt;
  auto spin = new_probe("spin");
  std::vector<int> seen;
  rt.start(poll_fn<Unit>([&rt, spin, &seen](Context& cx) -> Poll<Unit> {
    if (seen.empty()) rt.spawn(forever(spin, OnPending::WakeByRef), "spin");
    seen.push_back(spin->polls);
    if (seen.size() == 4) return Ready(Unit{});
    cx.waker().wake_by_ref();
    return Pending;
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(seen, (std::vector<int>{0, 61, 122, 183}));
}

TEST(runtime_schedule, repeated_wakes_of_an_idle_task_collapse_into_one_poll) {
  Runtime rt;
  auto t = new_probe("t");
  rt.start(poll_fn<Unit>([&rt, t, pc = 0, h = Handle(), y = BoxFuture<Unit>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        h = boxed(rt.spawn(counting_unit(t, 1, OnPending::Store), "t"));
        y = boxed(yield_now());
        AWAIT(y, 1);
        EXPECT_EQ(t->polls, 1);
        for (int i = 0; i < 3; ++i) t->stored.wake_by_ref();
        EXPECT_EQ(rt.task(1).state, TaskState::Scheduled);
        AWAIT(h, 2);
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(t->polls, 2);
  size_t wakes_of_t = 0;
  for (const Event& e : events_of(rt.trace(), EventKind::Wake))
    if (e.task == 1) {
      ++wakes_of_t;
      EXPECT_EQ(e.flags, kFlagByRef);
      EXPECT_EQ(e.b, static_cast<uint32_t>(WakeOrigin::Task));
    }
  EXPECT_EQ(wakes_of_t, 3u);
  EXPECT_EQ(poll_order(rt.trace()), (std::vector<uint32_t>{0, 1, 0, 1, 0}));
}

TEST(runtime_schedule, a_task_woken_while_running_is_requeued_once_after_its_poll) {
  Runtime rt;
  auto log = new_log();
  auto other = new_probe("other", log);
  std::vector<TaskState> states;
  rt.start(poll_fn<Unit>([&rt, log, other, &states, pc = 0, h = Handle()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        h = boxed(rt.spawn(poll_fn<Unit>([&rt, log, &states, n = 0](Context& cx) mutable -> Poll<Unit> {
          log->push_back("self " + std::to_string(n));
          if (n++ == 1) return Ready(Unit{});
          for (int i = 0; i < 3; ++i) {
            cx.waker().wake_by_ref();
            states.push_back(rt.task(1).state);
          }
          return Pending;
        })));
        rt.spawn(counting_unit(other, 0));
        AWAIT(h, 1);
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  // The requeue goes to the back: the other task runs in between.
  EXPECT_EQ(*log, (Lines{"self 0", "other", "drop other", "self 1"}));
  EXPECT_EQ(states, (std::vector<TaskState>{TaskState::Notified, TaskState::Notified, TaskState::Notified}));
  EXPECT_EQ(rt.task(1).polls, 2u);
}

TEST(runtime_join_handle, awaiting_a_handle_gives_the_task_output) {
  Runtime rt;
  std::optional<Result<int, JoinError>> got;
  std::vector<bool> finished;
  rt.start(poll_fn<Unit>(
      [&rt, &got, &finished, pc = 0, h = std::shared_ptr<JoinHandle<int>>()](Context& cx) mutable -> Poll<Unit> {
        switch (pc) {
          case 0:
            h = std::make_shared<JoinHandle<int>>(rt.spawn(boxed(ready(42)), "answer"));
            finished.push_back(h->is_finished());
            pc = 1;
            [[fallthrough]];
          case 1: {
            auto p = h->poll(cx);
            if (p.is_pending()) return Pending;
            got.emplace(p.take());
            finished.push_back(h->is_finished());
          }
        }
        return Ready(Unit{});
      }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  ASSERT_TRUE(got && got->is_ok());
  EXPECT_EQ(got->value(), 42);
  EXPECT_EQ(finished, (std::vector<bool>{false, true}));
  auto done = events_of(rt.trace(), EventKind::TaskComplete);
  ASSERT_EQ(done.size(), 1u);
  EXPECT_EQ(rt.trace().str(done[0].a), "42");
  EXPECT_EQ(rt.task(1).state, TaskState::Complete);
}

TEST(runtime_join_handle, abort_before_the_first_poll_never_polls_the_task) {
  Runtime rt;
  auto t = new_probe("t");
  std::optional<Result<Unit, JoinError>> got;
  rt.start(
      poll_fn<Unit>([&rt, t, &got, pc = 0, h = std::shared_ptr<JoinHandle<Unit>>()](Context& cx) mutable -> Poll<Unit> {
        switch (pc) {
          case 0:
            h = std::make_shared<JoinHandle<Unit>>(rt.spawn(forever(t, OnPending::Store), "t"));
            h->abort();
            EXPECT_FALSE(h->is_finished());
            pc = 1;
            [[fallthrough]];
          case 1: {
            auto p = h->poll(cx);
            if (p.is_pending()) return Pending;
            got.emplace(p.take());
          }
        }
        return Ready(Unit{});
      }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(t->polls, 0);
  EXPECT_EQ(t->drops, 1);
  ASSERT_TRUE(got && got->is_err());
  EXPECT_TRUE(got->error().is_cancelled());
  EXPECT_EQ(got->error().message, "cancelled");
  EXPECT_EQ(rt.task(1).state, TaskState::Cancelled);
  EXPECT_EQ(rt.task(1).polls, 0u);
  auto ab = events_of(rt.trace(), EventKind::TaskAbort);
  ASSERT_EQ(ab.size(), 1u);
  EXPECT_EQ(ab[0].task, 1u);
  auto dr = events_of(rt.trace(), EventKind::TaskDrop);
  ASSERT_EQ(dr.size(), 1u);
  EXPECT_EQ(dr[0].task, 1u);
  EXPECT_EQ(poll_order(rt.trace()), (std::vector<uint32_t>{0, 0}));
}

TEST(runtime_join_handle, abort_of_a_pending_task_drops_its_future_and_wakes_the_joiner) {
  Runtime rt;
  auto t = new_probe("t");
  std::optional<Result<Unit, JoinError>> got;
  rt.start(poll_fn<Unit>([&rt, t, &got, pc = 0, y = BoxFuture<Unit>(),
                          h = std::shared_ptr<JoinHandle<Unit>>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        h = std::make_shared<JoinHandle<Unit>>(rt.spawn(forever(t, OnPending::Store), "t"));
        y = boxed(yield_now());
        AWAIT(y, 1);
        EXPECT_EQ(t->polls, 1);
        EXPECT_EQ(rt.task(1).state, TaskState::Idle);
        h->abort();
        EXPECT_EQ(rt.task(1).state, TaskState::Scheduled);
        EXPECT_EQ(t->drops, 0);
        pc = 2;
        [[fallthrough]];
      case 2: {
        auto p = h->poll(cx);
        if (p.is_pending()) return Pending;
        got.emplace(p.take());
      }
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(t->polls, 1);
  EXPECT_EQ(t->drops, 1);
  ASSERT_TRUE(got && got->is_err());
  EXPECT_TRUE(got->error().is_cancelled());
  auto wakes = events_of(rt.trace(), EventKind::Wake);
  ASSERT_FALSE(wakes.empty());
  EXPECT_EQ(wakes.back().task, 0u);
  EXPECT_EQ(wakes.back().b, static_cast<uint32_t>(WakeOrigin::Join));
  // The stored waker of t is still alive (in the probe); the future is gone.
  EXPECT_FALSE(rt.task(1).has_future());
  EXPECT_EQ(rt.task(1).live_wakers, 1u);
}

TEST(runtime_join_handle, abort_of_a_finished_task_is_a_no_op) {
  Runtime rt;
  bool finished = false;
  rt.start(poll_fn<Unit>([&rt, &finished, pc = 0, h = std::shared_ptr<JoinHandle<int>>(),
                          j = BoxFuture<Result<int, JoinError>>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        h = std::make_shared<JoinHandle<int>>(rt.spawn(boxed(ready(7))));
        j = poll_fn<Result<int, JoinError>>([h](Context& cx) { return h->poll(cx); });
        AWAIT(j, 1);
        h->abort();
        finished = h->is_finished();
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_TRUE(finished);
  EXPECT_EQ(count_of(rt.trace(), EventKind::TaskAbort), 0u);
  EXPECT_EQ(count_of(rt.trace(), EventKind::TaskDrop), 0u);
  EXPECT_EQ(rt.task(1).state, TaskState::Complete);
}

TEST(runtime_join_handle, a_second_await_of_a_taken_output_is_an_error) {
  Runtime rt;
  std::vector<bool> ok;
  rt.start(poll_fn<Unit>([&rt, &ok, pc = 0, h = std::shared_ptr<JoinHandle<int>>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        h = std::make_shared<JoinHandle<int>>(rt.spawn(boxed(ready(1))));
        pc = 1;
        [[fallthrough]];
      case 1: {
        auto p = h->poll(cx);
        if (p.is_pending()) return Pending;
        ok.push_back(p.value().is_ok());
        auto again = h->poll(cx);
        ok.push_back(again.is_ready() && again.value().is_err());
      }
    }
    return Ready(Unit{});
  }));
  rt.advance();
  EXPECT_EQ(ok, (std::vector<bool>{true, true}));
}

TEST(runtime_end, tasks_pending_at_the_end_of_the_run_are_dropped_in_spawn_order) {
  Runtime rt;
  auto log = new_log();
  auto t = new_probe("t", log), u = new_probe("u", log);
  rt.start(poll_fn<Unit>([&rt, t, u, pc = 0, y = BoxFuture<Unit>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        rt.spawn(forever(t, OnPending::Store), "t");
        rt.spawn(forever(u, OnPending::Nothing), "u");
        y = boxed(yield_now());
        AWAIT(y, 1);
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(*log, (Lines{"t", "u", "drop t", "drop u"}));
  EXPECT_EQ(t->drops, 1);
  EXPECT_EQ(u->drops, 1);
  const auto& ev = rt.trace().events();
  ASSERT_GE(ev.size(), 4u);
  size_t n = ev.size();
  EXPECT_EQ(ev[n - 4].kind, EventKind::PollEnd);
  EXPECT_EQ(ev[n - 4].flags, kFlagReady);
  EXPECT_EQ(ev[n - 3].kind, EventKind::TaskDrop);
  EXPECT_EQ(ev[n - 3].task, 1u);
  EXPECT_EQ(ev[n - 2].kind, EventKind::TaskDrop);
  EXPECT_EQ(ev[n - 2].task, 2u);
  EXPECT_EQ(ev[n - 1].kind, EventKind::RunEnd);
  EXPECT_EQ(ev[n - 1].a, static_cast<uint32_t>(RunStatus::Completed));
  EXPECT_EQ(rt.task(1).state, TaskState::Cancelled);
  EXPECT_EQ(rt.task(2).state, TaskState::Cancelled);
}

TEST(runtime_end, a_deadlock_names_every_pending_task_and_its_wakers) {
  Runtime rt;
  auto t = new_probe("t"), u = new_probe("u");
  rt.start(poll_fn<Unit>([&rt, t, u, started = false](Context&) mutable -> Poll<Unit> {
    if (!started) {
      started = true;
      rt.spawn(forever(t, OnPending::Store), "keeper");
      rt.spawn(forever(u, OnPending::Nothing), "loser");
    }
    return Pending;  // main keeps no waker either
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Deadlock);
  EXPECT_EQ(rt.message(),
            "deadlock: no task is ready, no timer is pending and no thread is running\n"
            "  main is pending; no waker for it is alive (lost waker)\n"
            "  task 1 (keeper) is pending; 1 waker(s) for it still alive\n"
            "  task 2 (loser) is pending; no waker for it is alive (lost waker)");
  auto d = diagnostics(rt.trace(), DiagnosticCode::Deadlock);
  EXPECT_EQ(d, (Lines{"main is pending; no waker for it is alive (lost waker)",
                      "task 1 (keeper) is pending; 1 waker(s) for it still alive",
                      "task 2 (loser) is pending; no waker for it is alive (lost waker)"}));
  EXPECT_EQ(t->drops, 1);
  EXPECT_EQ(u->drops, 1);
  EXPECT_EQ(t->polls, 1);
  EXPECT_EQ(rt.trace().events().back().kind, EventKind::RunEnd);
  EXPECT_EQ(rt.trace().events().back().a, static_cast<uint32_t>(RunStatus::Deadlock));
  // Advancing a finished run does nothing.
  size_t n = rt.trace().size();
  EXPECT_EQ(rt.advance(), RunStatus::Deadlock);
  EXPECT_EQ(rt.trace().size(), n);
}

TEST(runtime_panic, a_panicking_task_gives_its_joiner_a_panic_error) {
  Runtime rt;
  auto probe = new_probe("p");
  std::optional<Result<Unit, JoinError>> got;
  rt.start(poll_fn<Unit>(
      [&rt, probe, &got, pc = 0, h = std::shared_ptr<JoinHandle<Unit>>()](Context& cx) mutable -> Poll<Unit> {
        switch (pc) {
          case 0:
            h = std::make_shared<JoinHandle<Unit>>(
                rt.spawn(poll_fn<Unit>([&rt, flag = DropFlag(std::make_shared<int>(0))](Context&) -> Poll<Unit> {
                           rt.panic_current("boom");
                           return Pending;
                         }),
                         "bad"));
            pc = 1;
            [[fallthrough]];
          case 1: {
            auto p = h->poll(cx);
            if (p.is_pending()) return Pending;
            got.emplace(p.take());
          }
        }
        return Ready(Unit{});
      }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  ASSERT_TRUE(got && got->is_err());
  EXPECT_TRUE(got->error().is_panic());
  EXPECT_EQ(got->error().message, "boom");
  EXPECT_EQ(rt.task(1).state, TaskState::Panicked);
  EXPECT_FALSE(rt.task(1).has_future());
  EXPECT_EQ(diagnostics(rt.trace(), DiagnosticCode::Panic), (Lines{"task panicked: boom"}));
  // The task's PollEnd says Ready (the poll ended by panicking).
  auto ends = events_of(rt.trace(), EventKind::PollEnd);
  ASSERT_EQ(ends.size(), 3u);
  EXPECT_EQ(ends[1].task, 1u);
  EXPECT_EQ(ends[1].flags, kFlagReady);
  EXPECT_EQ(ends[1].a, 0u);
  EXPECT_EQ(count_of(rt.trace(), EventKind::TaskComplete), 0u);
}

TEST(runtime_panic, a_panic_without_message_is_an_explicit_panic) {
  Runtime rt;
  std::string msg;
  rt.start(
      poll_fn<Unit>([&rt, &msg, pc = 0, h = std::shared_ptr<JoinHandle<Unit>>()](Context& cx) mutable -> Poll<Unit> {
        switch (pc) {
          case 0:
            h = std::make_shared<JoinHandle<Unit>>(rt.spawn(poll_fn<Unit>([&rt](Context&) -> Poll<Unit> {
              rt.panic_current("");
              return Ready(Unit{});
            })));
            pc = 1;
            [[fallthrough]];
          case 1: {
            auto p = h->poll(cx);
            if (p.is_pending()) return Pending;
            msg = p.value().error().message;
          }
        }
        return Ready(Unit{});
      }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(msg, "explicit panic");
}

TEST(runtime_panic, a_panic_in_main_ends_the_run_with_an_error) {
  Runtime rt;
  auto t = new_probe("t");
  rt.start(poll_fn<Unit>([&rt, t](Context&) -> Poll<Unit> {
    rt.spawn(forever(t, OnPending::Store), "t");
    rt.panic_current("bad input");
    return Pending;
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Error);
  EXPECT_EQ(rt.message(), "main panicked: bad input");
  EXPECT_EQ(t->polls, 0);
  EXPECT_EQ(t->drops, 1);
  EXPECT_EQ(rt.poll_count(), 1u);
  auto& ev = rt.trace().events();
  EXPECT_EQ(ev.back().kind, EventKind::RunEnd);
  EXPECT_EQ(ev.back().a, static_cast<uint32_t>(RunStatus::Error));
}

TEST(runtime_panic, panic_current_outside_a_poll_does_nothing) {
  Runtime rt;
  rt.start(boxed(ready(Unit{})));
  rt.panic_current("ignored");
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_TRUE(rt.task(0).panic_message.empty());
}

TEST(runtime_advance, a_budget_steps_the_run_partially) {
  Runtime rt;
  auto p = new_probe("p");
  rt.start(counting_unit(p, 5, OnPending::WakeByRef));
  // Each main poll records PollBegin, Wake, PollEnd.
  EXPECT_EQ(rt.advance(3), RunStatus::Running);
  EXPECT_EQ(p->polls, 1);
  EXPECT_EQ(rt.event_count(), 3u);
  EXPECT_EQ(rt.advance(3), RunStatus::Running);
  EXPECT_EQ(p->polls, 2);
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(p->polls, 6);
  EXPECT_EQ(p->drops, 1);
  EXPECT_EQ(rt.event_count(), rt.trace().size());
}

TEST(runtime_advance, stepping_one_step_at_a_time_shows_every_poll) {
  Runtime rt;
  auto m = new_probe("main"), t = new_probe("t");
  rt.start(poll_fn<Unit>([&rt, m, t, pc = 0, h = Handle()](Context& cx) mutable -> Poll<Unit> {
    ++m->polls;
    switch (pc) {
      case 0: h = boxed(rt.spawn(counting_unit(t, 2, OnPending::WakeByRef), "t")); AWAIT(h, 1);
    }
    return Ready(Unit{});
  }));
  std::vector<std::tuple<int, int, int, RunStatus>> steps;
  while (rt.status() == RunStatus::Running) {
    rt.advance(1);
    steps.emplace_back(m->polls, t->polls, t->drops, rt.status());
  }
  using S = std::tuple<int, int, int, RunStatus>;
  EXPECT_EQ(steps, (std::vector<S>{S{1, 0, 0, RunStatus::Running}, S{1, 1, 0, RunStatus::Running},
                                   S{1, 2, 0, RunStatus::Running}, S{1, 3, 1, RunStatus::Running},
                                   S{2, 3, 1, RunStatus::Completed}}));
}

TEST(runtime_advance, the_main_output_can_be_taken_after_the_run) {
  Runtime rt;
  rt.start(boxed(ready(std::string("done"))));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  auto out = rt.take_main_output<std::string>();
  ASSERT_TRUE(out);
  EXPECT_EQ(*out, "done");
  auto end = events_of(rt.trace(), EventKind::PollEnd);
  ASSERT_EQ(end.size(), 1u);
  EXPECT_EQ(rt.trace().str(end[0].a), "\"done\"");
}

TEST(runtime_advance, a_run_without_recording_counts_events_but_stores_none) {
  auto run = [](bool record) {
    RunOptions o;
    o.record = record;
    Runtime rt(o);
    rt.start(counting_unit(new_probe("p"), 2));
    EXPECT_EQ(rt.advance(), RunStatus::Completed);
    return std::pair(rt.event_count(), rt.trace().size());
  };
  auto [recorded, stored] = run(true);
  auto [counted, none] = run(false);
  // 3 polls x (begin, end), 2 wakes, the end of the run.
  EXPECT_EQ(recorded, 9u);
  EXPECT_EQ(stored, 9u);
  EXPECT_EQ(counted, 9u);
  EXPECT_EQ(none, 0u);
}

}  // namespace
}  // namespace ps::testing
