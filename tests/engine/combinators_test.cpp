// combinators/*.h: join (rotating), join_all, try_join, select (biased, seeded, preconditions),
// yield_now's deferred wake, and the small futures.
#include <optional>
#include <set>

#include "counting_future.h"

namespace ps::testing {
namespace {

using Handle = BoxFuture<Result<Unit, JoinError>>;

TEST(combinators_join, join_rotates_the_first_child_polled_by_one_on_every_poll) {
  Runtime rt;
  auto log = new_log();
  auto a = new_probe("A", log), b = new_probe("B", log), c = new_probe("C", log);
  std::vector<std::string> out;
  rt.start(poll_fn<Unit>([&, pc = 0, f = BoxFuture<std::vector<std::string>>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0: {
        std::vector<BoxFuture<std::string>> v;
        v.push_back(counting<std::string>(a, 2, "a"));
        v.push_back(counting<std::string>(b, 2, "b"));
        v.push_back(counting<std::string>(c, 2, "c"));
        f = boxed(join(std::move(v)));
      }
        AWAIT_OUT(f, 1, out);
    }
    return Ready(Unit{});
  }));
  ASSERT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(*log, (Lines{"A", "B", "C", "B", "C", "A", "C", "drop C", "A", "drop A", "B", "drop B"}));
  EXPECT_EQ(out, (Lines{"a", "b", "c"}));
  EXPECT_EQ(rt.task(0).polls, 3u);
}

TEST(combinators_join, join_drops_each_child_as_soon_as_it_completes) {
  Runtime rt;
  auto log = new_log();
  auto a = new_probe("A", log), b = new_probe("B", log);
  std::vector<int> drops_after_first_poll;
  rt.start(poll_fn<Unit>([&, pc = 0, f = BoxFuture<std::vector<Unit>>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0: {
        std::vector<BoxFuture<Unit>> v;
        v.push_back(counting_unit(a, 0));
        v.push_back(counting_unit(b, 1));
        f = boxed(join(std::move(v)));
        if (f->poll(cx).is_ready()) return Ready(Unit{});
        drops_after_first_poll = {a->drops, b->drops};
      }
        AWAIT(f, 1);
    }
    return Ready(Unit{});
  }));
  ASSERT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(drops_after_first_poll, (std::vector<int>{1, 0}));
  EXPECT_EQ(a->polls, 1);
  EXPECT_EQ(b->polls, 2);
}

TEST(combinators_join, join_all_polls_unfinished_children_in_list_order) {
  Runtime rt;
  auto log = new_log();
  auto a = new_probe("A", log), b = new_probe("B", log), c = new_probe("C", log);
  std::vector<int> out;
  rt.start(poll_fn<Unit>([&, pc = 0, f = BoxFuture<std::vector<int>>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0: {
        std::vector<BoxFuture<int>> v;
        v.push_back(counting<int>(a, 0, 1));
        v.push_back(counting<int>(b, 1, 2));
        v.push_back(counting<int>(c, 2, 3));
        f = boxed(join_all(std::move(v)));
      }
        AWAIT_OUT(f, 1, out);
    }
    return Ready(Unit{});
  }));
  ASSERT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(*log, (Lines{"A", "drop A", "B", "C", "B", "drop B", "C", "C", "drop C"}));
  EXPECT_EQ(out, (std::vector<int>{1, 2, 3}));
}

TEST(combinators_join, joining_nothing_is_ready_at_once) {
  Runtime rt;
  Waker noop;
  Context cx(rt, noop);
  auto j = join(std::vector<BoxFuture<int>>{});
  auto p = j.poll(cx);
  ASSERT_TRUE(p.is_ready());
  EXPECT_TRUE(p.value().empty());
}

TEST(combinators_select, a_biased_select_polls_in_order_and_drops_every_branch_before_returning) {
  Runtime rt;
  auto log = new_log();
  auto a = new_probe("A", log), b = new_probe("B", log), c = new_probe("C", log);
  Selected<int> sel{};
  rt.start(poll_fn<Unit>([&, pc = 0, f = BoxFuture<Selected<int>>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0: {
        std::vector<BoxFuture<int>> v;
        v.push_back(counting<int>(a, 5, 1));
        v.push_back(counting<int>(b, 1, 2));
        v.push_back(counting<int>(c, 1, 3));
        f = boxed(select(std::move(v), true));
      }
        AWAIT_OUT(f, 1, sel);
        log->push_back("body of branch " + std::to_string(sel.index));
    }
    return Ready(Unit{});
  }));
  ASSERT_EQ(rt.advance(), RunStatus::Completed);
  // B and C are both ready on the second poll; B is first in order. C is
  // not polled again, and all three are dropped before the body.
  EXPECT_EQ(*log, (Lines{"A", "B", "C", "A", "B", "drop A", "drop B", "drop C", "body of branch 1"}));
  EXPECT_EQ(sel.index, 1u);
  ASSERT_TRUE(sel.value);
  EXPECT_EQ(*sel.value, 2);
  EXPECT_EQ(c->polls, 1);
}

// The winning branch of an unbiased select over four children that are all
// Pending once then Ready, and the poll log.
std::pair<size_t, Lines> seeded_select(uint64_t seed) {
  RunOptions o;
  o.seed = seed;
  Runtime rt(o);
  auto log = new_log();
  Selected<int> sel{};
  rt.start(poll_fn<Unit>([&, pc = 0, f = BoxFuture<Selected<int>>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0: {
        std::vector<BoxFuture<int>> v;
        for (int i = 0; i < 4; ++i)
          v.push_back(counting<int>(new_probe(std::string(1, static_cast<char>('A' + i)), log), 1, i));
        f = boxed(select(std::move(v), false));
      }
        AWAIT_OUT(f, 1, sel);
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  return {sel.index, *log};
}

TEST(combinators_select, an_unbiased_select_starts_at_a_branch_drawn_from_the_seed) {
  for (uint64_t seed : {0ull, 1ull, 7ull, 42ull}) {
    Rng r(seed);
    size_t first = r.below(4), second = r.below(4);
    auto [index, log] = seeded_select(seed);
    EXPECT_EQ(index, second) << "seed " << seed;
    ASSERT_GE(log.size(), 5u);
    EXPECT_EQ(log[0], std::string(1, static_cast<char>('A' + first))) << "seed " << seed;
    EXPECT_EQ(log[4], std::string(1, static_cast<char>('A' + second))) << "seed " << seed;
  }
}

TEST(combinators_select, an_unbiased_select_is_deterministic_per_seed_and_varies_across_seeds) {
  std::set<size_t> winners;
  for (uint64_t seed = 0; seed < 16; ++seed) {
    auto one = seeded_select(seed);
    auto two = seeded_select(seed);
    EXPECT_EQ(one, two) << "seed " << seed;
    winners.insert(one.first);
  }
  EXPECT_GE(winners.size(), 3u);
}

TEST(combinators_select, a_refused_output_disables_its_branch) {
  Runtime rt;
  auto log = new_log();
  auto a = new_probe("A", log), b = new_probe("B", log);
  Selected<int> sel{};
  rt.start(poll_fn<Unit>([&, pc = 0, f = BoxFuture<Selected<int>>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0: {
        std::vector<BoxFuture<int>> v;
        v.push_back(counting<int>(a, 0, -1));  // ready at once, refused
        v.push_back(counting<int>(b, 2, 5));
        f = boxed(select(std::move(v), true, [](size_t, const int& x) { return x >= 0; }));
      }
        AWAIT_OUT(f, 1, sel);
    }
    return Ready(Unit{});
  }));
  ASSERT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(*log, (Lines{"A", "B", "B", "B", "drop A", "drop B"}));
  EXPECT_EQ(sel.index, 1u);
  EXPECT_EQ(sel.value, std::optional<int>(5));
  EXPECT_EQ(a->polls, 1);
}

TEST(combinators_select, a_branch_disabled_by_its_precondition_is_never_polled_but_dropped) {
  Runtime rt;
  auto log = new_log();
  auto a = new_probe("A", log), b = new_probe("B", log);
  Selected<int> sel{};
  rt.start(poll_fn<Unit>([&, pc = 0, f = BoxFuture<Selected<int>>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0: {
        std::vector<BoxFuture<int>> v;
        v.push_back(counting<int>(a, 0, 1));  // would be ready at once
        v.push_back(counting<int>(b, 1, 2));
        f = boxed(Select<int>(std::move(v), true, nullptr, {true, false}));
      }
        AWAIT_OUT(f, 1, sel);
    }
    return Ready(Unit{});
  }));
  ASSERT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(*log, (Lines{"B", "B", "drop A", "drop B"}));
  EXPECT_EQ(sel.index, 1u);
  EXPECT_EQ(a->polls, 0);
}

TEST(combinators_try_join, the_first_refused_output_ends_it_and_drops_the_children_still_running) {
  Runtime rt;
  auto log = new_log();
  auto a = new_probe("A", log), b = new_probe("B", log), c = new_probe("C", log);
  TryJoined<int> out{};
  rt.start(poll_fn<Unit>([&, pc = 0, f = BoxFuture<TryJoined<int>>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0: {
        std::vector<BoxFuture<int>> v;
        v.push_back(counting<int>(a, 0, 1));
        v.push_back(counting<int>(b, 1, -2));  // the error, on its second poll
        v.push_back(counting<int>(c, 5, 3));
        f = boxed(TryJoin<int>(std::move(v), false, [](const int& x) { return x < 0; }));
      }
        AWAIT_OUT(f, 1, out);
    }
    return Ready(Unit{});
  }));
  ASSERT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(*log, (Lines{"A", "drop A", "B", "C", "B", "drop B", "drop C"}));
  EXPECT_EQ(out.error, std::optional<int>(-2));
  EXPECT_TRUE(out.outputs.empty());
  EXPECT_EQ(c->polls, 1);  // round 2 ended at B, before C
}

TEST(combinators_try_join, every_accepted_output_in_child_order) {
  Runtime rt;
  auto log = new_log();
  auto a = new_probe("A", log), b = new_probe("B", log);
  TryJoined<int> out{};
  rt.start(poll_fn<Unit>([&, pc = 0, f = BoxFuture<TryJoined<int>>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0: {
        std::vector<BoxFuture<int>> v;
        v.push_back(counting<int>(a, 2, 10));
        v.push_back(counting<int>(b, 0, 20));
        f = boxed(TryJoin<int>(std::move(v), true, [](const int& x) { return x < 0; }));
      }
        AWAIT_OUT(f, 1, out);
    }
    return Ready(Unit{});
  }));
  ASSERT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_FALSE(out.error);
  EXPECT_EQ(out.outputs, (std::vector<int>{10, 20}));
}

TEST(combinators_select, when_every_branch_is_refused_the_else_branch_is_taken) {
  Runtime rt;
  auto log = new_log();
  auto a = new_probe("A", log), b = new_probe("B", log);
  Selected<int> sel{};
  std::vector<size_t> asked;
  rt.start(poll_fn<Unit>([&, pc = 0, f = BoxFuture<Selected<int>>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0: {
        std::vector<BoxFuture<int>> v;
        v.push_back(counting<int>(a, 1, 1));
        v.push_back(counting<int>(b, 0, 2));
        f = boxed(select(std::move(v), true, [&asked](size_t i, const int&) {
          asked.push_back(i);
          return false;
        }));
      }
        AWAIT_OUT(f, 1, sel);
    }
    return Ready(Unit{});
  }));
  ASSERT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(sel.index, Selected<int>::kElse);
  EXPECT_FALSE(sel.value.has_value());
  EXPECT_EQ(asked, (std::vector<size_t>{1, 0}));
  EXPECT_EQ(*log, (Lines{"A", "B", "A", "drop A", "drop B"}));
}

TEST(combinators_select, a_select_over_nothing_takes_the_else_branch) {
  Runtime rt;
  Waker noop;
  Context cx(rt, noop);
  auto s = select(std::vector<BoxFuture<int>>{}, false);
  auto p = s.poll(cx);
  ASSERT_TRUE(p.is_ready());
  EXPECT_EQ(p.value().index, Selected<int>::kElse);
}

// yielder(n): n yield_now()s, logging each step, then Ready.
BoxFuture<Unit> yielder(Log log, std::string name, int n) {
  return poll_fn<Unit>([log, name, n, pc = 0, i = 0, y = BoxFuture<Unit>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        for (i = 0; i < n; ++i) {
          log->push_back(name + " " + std::to_string(i));
          y = boxed(yield_now());
          AWAIT(y, 1);
        }
        log->push_back(name + " done");
    }
    return Ready(Unit{});
  });
}

TEST(combinators_yield_now, a_yielding_task_stays_behind_a_task_that_wakes_itself) {
  Runtime rt;
  auto log = new_log();
  auto c = new_probe("countdown", log);
  rt.start(poll_fn<Unit>([&, pc = 0, h = Handle()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        rt.spawn(counting_unit(c, 5, OnPending::WakeByRef), "countdown");
        h = boxed(rt.spawn(yielder(log, "yielder", 3), "yielder"));
        AWAIT(h, 1);
    }
    return Ready(Unit{});
  }));
  ASSERT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(*log, (Lines{"countdown", "yielder 0", "countdown", "countdown", "countdown", "countdown", "countdown",
                         "drop countdown", "yielder 1", "yielder 2", "yielder done"}));
  auto defers = events_of(rt.trace(), EventKind::YieldDefer);
  EXPECT_EQ(defers.size(), 3u);
  size_t yield_wakes = 0;
  for (auto& e : events_of(rt.trace(), EventKind::Wake))
    if (e.b == static_cast<uint32_t>(WakeOrigin::Yield)) ++yield_wakes;
  EXPECT_EQ(yield_wakes, 3u);
}

TEST(combinators_yield_now, yield_now_is_pending_once_then_ready) {
  Runtime rt;
  std::vector<bool> ready;
  rt.start(poll_fn<Unit>([&](Context& cx) -> Poll<Unit> {
    YieldNow y = yield_now();
    ready.push_back(y.poll(cx).is_ready());
    ready.push_back(y.poll(cx).is_ready());
    return Ready(Unit{});
  }));
  ASSERT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(ready, (std::vector<bool>{false, true}));
}

Lines three_yielders(TokioVersion v) {
  RunOptions o;
  o.tokio = v;
  Runtime rt(o);
  auto log = new_log();
  rt.start(poll_fn<Unit>([&, pc = 0, i = 0, hs = std::vector<Handle>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        for (int k = 1; k <= 3; ++k) hs.push_back(boxed(rt.spawn(yielder(log, "T" + std::to_string(k), 1))));
        for (i = 0; i < 3; ++i) {
          AWAIT(hs[i], 1);
        }
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  return *log;
}

TEST(combinators_yield_now, tokio_1_24_releases_deferred_wakers_oldest_first) {
  EXPECT_EQ(three_yielders(TokioVersion::V1_24), (Lines{"T1 0", "T2 0", "T3 0", "T1 done", "T2 done", "T3 done"}));
}

TEST(combinators_yield_now, tokio_1_29_releases_deferred_wakers_newest_first) {
  EXPECT_EQ(three_yielders(TokioVersion::V1_29), (Lines{"T1 0", "T2 0", "T3 0", "T3 done", "T2 done", "T1 done"}));
}

// One task joins two yield_now()s: both defer the same waker.
std::pair<size_t, size_t> double_yield(TokioVersion v) {
  RunOptions o;
  o.tokio = v;
  Runtime rt(o);
  rt.start(poll_fn<Unit>([pc = 0, f = BoxFuture<std::vector<Unit>>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0: {
        std::vector<BoxFuture<Unit>> v;
        v.push_back(boxed(yield_now()));
        v.push_back(boxed(yield_now()));
        f = boxed(join_all(std::move(v)));
      }
        AWAIT(f, 1);
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(count_of(rt.trace(), EventKind::YieldDefer), 2u);
  return {count_of(rt.trace(), EventKind::Wake), count_of(rt.trace(), EventKind::WakerClone)};
}

TEST(combinators_yield_now, tokio_1_29_skips_a_deferred_waker_equal_to_the_last_one) {
  // The deferred list's clones are the runtime's own: counted, not traced.
  EXPECT_EQ(double_yield(TokioVersion::V1_24), (std::pair<size_t, size_t>{2, 0}));
  EXPECT_EQ(double_yield(TokioVersion::V1_29), (std::pair<size_t, size_t>{1, 0}));
}

TEST(combinators_yield_now, deferred_wakers_are_released_after_61_task_polls_even_if_the_queue_never_drains) {
  Runtime rt;
  auto spin = new_probe("spin");
  std::vector<int> seen;
  rt.start(poll_fn<Unit>([&, pc = 0, h = Handle()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0:
        rt.spawn(forever(spin, OnPending::WakeByRef), "spin");
        h = boxed(rt.spawn(poll_fn<Unit>([&, pc = 0, y = BoxFuture<Unit>()](Context& cx) mutable -> Poll<Unit> {
          switch (pc) {
            case 0:
              y = boxed(yield_now());
              AWAIT(y, 1);
              seen.push_back(spin->polls);
          }
          return Ready(Unit{});
        })));
        AWAIT(h, 1);
    }
    return Ready(Unit{});
  }));
  ASSERT_EQ(rt.advance(), RunStatus::Completed);
  // Round 1: spin, yielder (defers), 59 spins; park_yield releases the
  // yielder, which is queued behind the spin task.
  EXPECT_EQ(seen, (std::vector<int>{61}));
}

TEST(combinators_simple, ready_is_ready_once) {
  Runtime rt;
  Waker noop;
  Context cx(rt, noop);
  auto r = ready(5);
  auto p = r.poll(cx);
  ASSERT_TRUE(p.is_ready());
  EXPECT_EQ(p.value(), 5);
  EXPECT_TRUE(r.poll(cx).is_pending());
}

TEST(combinators_simple, pending_never_completes_and_never_wakes) {
  Runtime rt;
  rt.start(poll_fn<Unit>([](Context& cx) -> Poll<Unit> {
    auto p = boxed(pending<int>());
    for (int i = 0; i < 3; ++i) EXPECT_TRUE(p->poll(cx).is_pending());
    return Pending;
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Deadlock);
  EXPECT_EQ(count_of(rt.trace(), EventKind::Wake), 0u);
  EXPECT_EQ(rt.task(0).polls, 1u);
}

TEST(combinators_simple, poll_fn_keeps_its_state_between_polls) {
  Runtime rt;
  std::vector<int> seen;
  rt.start(poll_fn<int>([&seen, n = 0](Context& cx) mutable -> Poll<int> {
    seen.push_back(n);
    if (++n == 3) return Ready(n * 10);
    cx.waker().wake_by_ref();
    return Pending;
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(seen, (std::vector<int>{0, 1, 2}));
  EXPECT_EQ(rt.take_main_output<int>(), std::optional<int>(30));
}

TEST(combinators_traced, a_traced_future_records_its_polls_and_its_cancellation) {
  Runtime rt;
  auto p = new_probe("inner");
  rt.start(poll_fn<Unit>([&, pc = 0, f = BoxFuture<Selected<Unit>>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0: {
        std::vector<BoxFuture<Unit>> v;
        v.push_back(traced<Unit>(rt, "never", forever(p, OnPending::Store), true));
        v.push_back(traced<Unit>(rt, "soon", boxed(yield_now()), true));
        f = boxed(select(std::move(v), true));
      }
        AWAIT(f, 1);
    }
    return Ready(Unit{});
  }));
  ASSERT_EQ(rt.advance(), RunStatus::Completed);
  std::string text;
  for (const Event& e : rt.trace().events())
    if (e.kind == EventKind::FuturePollBegin || e.kind == EventKind::FuturePollEnd || e.kind == EventKind::FutureDrop)
      text += format_event(rt.trace(), e) + "\n";
  EXPECT_EQ(text,
            "      0ms main        poll never\n"
            "      0ms main        pending never\n"
            "      0ms main        poll soon\n"
            "      0ms main        pending soon\n"
            "      0ms main        poll never\n"
            "      0ms main        pending never\n"
            "      0ms main        poll soon\n"
            "      0ms main        ready soon\n"
            "      0ms main        drop never (cancelled)\n"
            "      0ms main        drop soon\n");
  EXPECT_EQ(p->drops, 1);
}

TEST(combinators_traced, polling_a_traced_future_after_ready_is_diagnosed) {
  Runtime rt;
  rt.start(poll_fn<Unit>([&](Context& cx) -> Poll<Unit> {
    auto f = traced<int>(rt, "once", boxed(ready(1)));
    EXPECT_TRUE(f->poll(cx).is_ready());
    EXPECT_TRUE(f->poll(cx).is_pending());
    return Ready(Unit{});
  }));
  ASSERT_EQ(rt.advance(), RunStatus::Completed);
  EXPECT_EQ(diagnostics(rt.trace(), DiagnosticCode::PollAfterReady),
            (Lines{"`once` was polled after it returned Ready"}));
}

}  // namespace
}  // namespace ps::testing
