// core/waker.h: cloning, dropping and waking, and the diagnostics that
// depend on the live waker count of a task.
#include <optional>

#include "counting_future.h"

namespace ps::testing {
namespace {

TEST(core_waker, clones_and_drops_change_the_live_waker_count_of_the_task) {
  Runtime rt;
  std::vector<uint32_t> seen;
  rt.start(poll_fn<Unit>([&rt, &seen](Context& cx) -> Poll<Unit> {
    TaskCore& me = rt.task(Runtime::kMainTask);
    seen.push_back(me.live_wakers);  // the lent waker
    Waker a = cx.waker();
    seen.push_back(me.live_wakers);
    Waker b = a;
    seen.push_back(me.live_wakers);
    {
      Waker c = std::move(b);
      seen.push_back(me.live_wakers);
    }
    seen.push_back(me.live_wakers);
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(seen, (std::vector<uint32_t>{1, 2, 3, 3, 2}));
  EXPECT_EQ(rt.task(Runtime::kMainTask).live_wakers, 0u);
  EXPECT_EQ(count_of(rt.trace(), EventKind::WakerClone), 2u);
  EXPECT_EQ(count_of(rt.trace(), EventKind::WakerDrop), 2u);
}

TEST(core_waker, the_lent_waker_is_quiet_and_its_clones_are_not) {
  Runtime rt;
  bool lent_quiet = false, clone_quiet = true;
  rt.start(poll_fn<Unit>([&](Context& cx) -> Poll<Unit> {
    lent_quiet = cx.waker().is_quiet();
    Waker c = cx.waker();
    clone_quiet = c.is_quiet();
    return Ready(Unit{});
  }));
  rt.advance();
  EXPECT_TRUE(lent_quiet);
  EXPECT_FALSE(clone_quiet);
}

TEST(core_waker, wake_and_wake_by_ref_are_told_apart_by_the_by_ref_flag) {
  Runtime rt;
  auto p = new_probe();
  rt.start(poll_fn<Unit>([&rt, p](Context& cx) -> Poll<Unit> {
    if (++p->polls == 2) return Ready(Unit{});
    Waker w = cx.waker();
    cx.waker().wake_by_ref();
    w.wake();
    EXPECT_TRUE(w.is_noop());  // wake() consumed it
    EXPECT_EQ(rt.task(Runtime::kMainTask).live_wakers, 1u);
    return Pending;
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(p->polls, 2);
  auto wakes = events_of(rt.trace(), EventKind::Wake);
  ASSERT_EQ(wakes.size(), 2u);
  EXPECT_EQ(wakes[0].flags, kFlagByRef);
  EXPECT_EQ(wakes[1].flags, 0);
  for (const Event& e : wakes) {
    EXPECT_EQ(e.task, 0u);
    EXPECT_EQ(e.b, static_cast<uint32_t>(WakeOrigin::Self));
    EXPECT_EQ(e.a, rt.task(0).root_path);
  }
  EXPECT_EQ(rt.wake_count(), 2u);
  // wake() consumes the waker without a WakerDrop event.
  EXPECT_EQ(count_of(rt.trace(), EventKind::WakerClone), 1u);
  EXPECT_EQ(count_of(rt.trace(), EventKind::WakerDrop), 0u);
}

TEST(core_waker, a_wake_from_another_task_has_origin_task_and_names_the_waker) {
  Runtime rt;
  auto t = new_probe("t");
  rt.start(poll_fn<Unit>([&rt, t, pc = 0, h = BoxFuture<Result<Unit, JoinError>>(),
                          y = BoxFuture<Unit>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        h = boxed(rt.spawn(counting_unit(t, 1, OnPending::Store), "t"));
        y = boxed(yield_now());
        AWAIT(y, 1);
        t->stored.wake_by_ref();
        AWAIT(h, 2);
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  auto wakes = events_of(rt.trace(), EventKind::Wake);
  ASSERT_EQ(wakes.size(), 3u);  // yield (main), main -> t, join (main)
  EXPECT_EQ(wakes[0].b, static_cast<uint32_t>(WakeOrigin::Yield));
  EXPECT_EQ(wakes[1].task, 1u);
  EXPECT_EQ(wakes[1].b, static_cast<uint32_t>(WakeOrigin::Task));
  EXPECT_EQ(wakes[1].c, 0u);
  EXPECT_EQ(wakes[2].task, 0u);
  EXPECT_EQ(wakes[2].b, static_cast<uint32_t>(WakeOrigin::Join));
  EXPECT_EQ(wakes[2].c, 0u);  // after the poll: no current task
  EXPECT_EQ(t->polls, 2);
  EXPECT_EQ(t->drops, 1);
}

TEST(core_waker, will_wake_compares_runtime_task_and_path) {
  Runtime rt;
  std::vector<bool> r;
  rt.start(poll_fn<Unit>([&](Context& cx) -> Poll<Unit> {
    Waker a = cx.waker();
    Waker b = a;
    Waker noop1, noop2;
    Waker nested = rt.make_waker(0, rt.trace().new_path(cx.path(), "inner", 0));
    r = {a.will_wake(b),     a.will_wake(cx.waker()), noop1.will_wake(noop2),
         a.will_wake(noop1), noop1.will_wake(a),      a.will_wake(nested)};
    return Ready(Unit{});
  }));
  rt.advance();
  EXPECT_EQ(r, (std::vector<bool>{true, true, true, false, false, false}));
}

TEST(core_waker, will_wake_is_false_for_wakers_of_different_tasks) {
  Runtime rt;
  auto a = new_probe("a"), b = new_probe("b");
  bool same = true;
  rt.start(poll_fn<Unit>([&rt, a, b, &same, pc = 0, y = BoxFuture<Unit>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        rt.spawn(forever(a, OnPending::Store));
        rt.spawn(forever(b, OnPending::Store));
        y = boxed(yield_now());
        AWAIT(y, 1);
        same = a->stored.will_wake(b->stored);
    }
    return Ready(Unit{});
  }));
  rt.advance();
  EXPECT_FALSE(same);
  EXPECT_EQ(a->stored.task(), 1u);
  EXPECT_EQ(b->stored.task(), 2u);
}

TEST(core_waker, the_noop_waker_wakes_nothing_and_records_nothing) {
  Runtime rt;
  rt.start(poll_fn<Unit>([](Context&) -> Poll<Unit> {
    Waker w;
    EXPECT_TRUE(w.is_noop());
    Waker c = w;
    c.wake_by_ref();
    c.wake();
    w.wake_by_ref();
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(count_of(rt.trace(), EventKind::Wake), 0u);
  EXPECT_EQ(count_of(rt.trace(), EventKind::WakerClone), 0u);
  EXPECT_EQ(count_of(rt.trace(), EventKind::WakerDrop), 0u);
  EXPECT_EQ(rt.wake_count(), 0u);
}

TEST(core_waker, waking_a_finished_task_gives_a_wake_finished_note) {
  Runtime rt;
  auto t = new_probe("t");
  rt.start(poll_fn<Unit>([&rt, t, pc = 0, h = BoxFuture<Result<Unit, JoinError>>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        // Keeps a waker on its first poll, Ready on the second.
        h = boxed(rt.spawn(counting_unit(t, 1, OnPending::Store), "t"));
        AWAIT(h, 1);
        EXPECT_EQ(rt.task(1).state, TaskState::Complete);
        t->stored.wake_by_ref();
    }
    return Ready(Unit{});
  }));
  // Step until t has returned Pending; nothing inside the run wakes it, so
  // the test does, from outside any poll.
  while (t->polls == 0) rt.advance(1);
  ASSERT_EQ(rt.status(), RunStatus::Running);
  EXPECT_EQ(rt.task(1).state, TaskState::Idle);
  EXPECT_EQ(rt.task(1).live_wakers, 1u);
  t->stored.wake_by_ref();
  EXPECT_EQ(rt.task(1).state, TaskState::Scheduled);
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(t->polls, 2);
  EXPECT_EQ(t->drops, 1);
  auto wakes = events_of(rt.trace(), EventKind::Wake);
  ASSERT_EQ(wakes.size(), 3u);  // test -> t, join -> main, main -> finished t
  EXPECT_EQ(wakes[0].b, static_cast<uint32_t>(WakeOrigin::Direct));
  EXPECT_EQ(wakes[2].b, static_cast<uint32_t>(WakeOrigin::Task));
  auto notes = diagnostics(rt.trace(), DiagnosticCode::WakeFinished);
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0], "woke a task that has already finished; the wake does nothing");
  auto diag = events_of(rt.trace(), EventKind::Diagnostic);
  ASSERT_EQ(diag.size(), 1u);
  EXPECT_EQ(diag[0].task, 1u);
}

TEST(core_waker, pending_with_no_live_waker_is_reported_as_a_lost_waker_once) {
  Runtime rt;
  auto lost = new_probe("lost");
  rt.start(poll_fn<Unit>([&rt, lost, pc = 0, s = BoxFuture<Unit>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        rt.spawn(forever(lost, OnPending::Nothing), "lost");
        s = boxed(sleep(rt, Duration::from_millis(10)));
        AWAIT(s, 1);
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(lost->polls, 1);
  EXPECT_EQ(lost->drops, 1);
  auto d = events_of(rt.trace(), EventKind::Diagnostic);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].task, 1u);
  EXPECT_EQ(d[0].b, static_cast<uint32_t>(DiagnosticCode::LostWaker));
  EXPECT_EQ(rt.trace().str(d[0].a),
            "task returned Pending but no waker for it is alive: nothing can ever wake it (lost waker)");
  EXPECT_TRUE(rt.task(1).lost_waker_reported);
  EXPECT_EQ(rt.now_ms(), 10u);
}

TEST(core_waker, no_lost_waker_report_when_a_timer_holds_the_waker) {
  Runtime rt;
  rt.start(poll_fn<Unit>([&rt, pc = 0, h = BoxFuture<Result<Unit, JoinError>>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0: h = boxed(rt.spawn(boxed(sleep(rt, Duration::from_millis(5))), "sleeper")); AWAIT(h, 1);
    }
    return Ready(Unit{});
  }));
  // Main's poll, then the sleeper's poll: the timer now holds its waker.
  rt.advance(1);
  ASSERT_EQ(rt.task_count(), 1u);
  while (rt.task(1).polls == 0) rt.advance(1);
  EXPECT_EQ(rt.task(1).state, TaskState::Idle);
  EXPECT_EQ(rt.task(1).live_wakers, 1u);
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(count_of(rt.trace(), EventKind::Diagnostic), 0u);
  EXPECT_EQ(rt.task(1).live_wakers, 0u);
  EXPECT_EQ(rt.now_ms(), 5u);
}

TEST(core_waker, no_lost_waker_report_when_yield_now_holds_the_waker) {
  Runtime rt;
  rt.start(poll_fn<Unit>([&rt, pc = 0, h = BoxFuture<Result<Unit, JoinError>>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0: h = boxed(rt.spawn(boxed(yield_now()), "yielder")); AWAIT(h, 1);
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(rt.task(1).polls, 2u);
  EXPECT_EQ(count_of(rt.trace(), EventKind::Diagnostic), 0u);
  EXPECT_EQ(count_of(rt.trace(), EventKind::YieldDefer), 1u);
}

TEST(core_waker, a_traced_future_wakes_through_its_own_path) {
  Runtime rt;
  auto p = new_probe("inner");
  rt.start(traced<Unit>(rt, "outer", counting_unit(p, 1, OnPending::WakeByRef)));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  auto wakes = events_of(rt.trace(), EventKind::Wake);
  ASSERT_EQ(wakes.size(), 1u);
  const PathNode& path = rt.trace().path(wakes[0].a);
  EXPECT_EQ(rt.trace().str(path.label), "outer");
  EXPECT_EQ(path.parent, rt.task(0).root_path);
  EXPECT_EQ(path.depth, 1u);
  EXPECT_EQ(p->polls, 2);
  EXPECT_EQ(p->drops, 1);
}

}  // namespace
}  // namespace ps::testing
