// trace/*.h: event kinds and their names, the text and JSON formats,
// interning, and the determinism of whole runs.
#include <set>

#include "counting_future.h"
#include "trace/kinds.h"

namespace ps::testing {
namespace {

Event ev(EventKind k, uint64_t time_us = 0, uint32_t task = 0, uint32_t a = 0, uint32_t b = 0, uint32_t c = 0,
         uint8_t flags = 0, uint16_t depth = 0) {
  return Event{time_us, task, 0, a, b, c, k, flags, depth};
}

TEST(trace_event, an_event_is_32_bytes) { EXPECT_EQ(sizeof(Event), 32u); }

TEST(trace_event, every_event_kind_has_a_distinct_name) {
  std::set<std::string> names;
  for (int i = 0; i < kEventKindCount; ++i) {
    std::string n = event_kind_name(static_cast<EventKind>(i));
    EXPECT_NE(n, "unknown") << i;
    EXPECT_FALSE(n.empty()) << i;
    names.insert(n);
  }
  EXPECT_EQ(names.size(), static_cast<size_t>(kEventKindCount));
  EXPECT_EQ(kEventKindCount, static_cast<int>(EventKind::RunEnd) + 1);
  EXPECT_STREQ(event_kind_name(EventKind::Spawn), "spawn");
  EXPECT_STREQ(event_kind_name(EventKind::PollBegin), "poll_begin");
  EXPECT_STREQ(event_kind_name(EventKind::YieldDefer), "yield_defer");
  EXPECT_STREQ(event_kind_name(EventKind::RunEnd), "run_end");
  EXPECT_STREQ(event_kind_name(static_cast<EventKind>(kEventKindCount)), "unknown");
}

TEST(trace_intern, the_same_string_gets_the_same_id) {
  Trace t;
  EXPECT_EQ(t.intern(""), 0u);
  uint32_t a = t.intern("hello");
  uint32_t b = t.intern("world");
  EXPECT_NE(a, b);
  EXPECT_EQ(t.intern(std::string("hel") + "lo"), a);
  EXPECT_EQ(t.str(a), "hello");
  EXPECT_EQ(t.str(b), "world");
}

TEST(trace_paths, a_path_knows_its_parent_label_task_and_depth) {
  Trace t;
  uint32_t root = t.new_path(0, "main", 0);
  uint32_t child = t.new_path(root, "join", 0);
  uint32_t leaf = t.new_path(child, "A", 0);
  EXPECT_EQ(t.path(leaf).parent, child);
  EXPECT_EQ(t.path(child).parent, root);
  EXPECT_EQ(t.path(root).depth, 0u);
  EXPECT_EQ(t.path(leaf).depth, 2u);
  EXPECT_EQ(t.str(t.path(leaf).label), "A");
  EXPECT_EQ(t.task_name(5), "?");
}

struct Fixture {
  Trace t;
  uint32_t countdown;
  Fixture() {
    t.set_task_name(0, t.intern("main"));
    t.set_task_name(1, t.intern("worker"));
    countdown = t.new_path(t.new_path(0, "main", 0), "countdown", 0);
  }
};

TEST(trace_format, format_event_gives_the_documented_lines) {
  Fixture f;
  Trace& t = f.t;
  EXPECT_EQ(format_event(t, ev(EventKind::PollBegin)), "      0ms main      poll");
  EXPECT_EQ(format_event(t, ev(EventKind::FuturePollBegin, 0, 0, f.countdown, 0, 0, 0, 1)),
            "      0ms main        poll countdown");
  EXPECT_EQ(format_event(t, ev(EventKind::Output, 0, 0, t.intern("Counting down: 3"), 0, 0, 0, 2)),
            "      0ms main          > Counting down: 3");
  EXPECT_EQ(format_event(
                t, ev(EventKind::Wake, 0, 0, f.countdown, static_cast<uint32_t>(WakeOrigin::Self), 0, kFlagByRef, 2)),
            "      0ms main          wake countdown (wake_by_ref, self)");
  EXPECT_EQ(format_event(t, ev(EventKind::FuturePollEnd, 0, 0, f.countdown, 0, 0, 0, 1)),
            "      0ms main        pending countdown");
  EXPECT_EQ(format_event(t, ev(EventKind::PollEnd)), "      0ms main      pending");
}

TEST(trace_format, format_event_texts_for_other_kinds) {
  Fixture f;
  Trace& t = f.t;
  EXPECT_EQ(format_event(t, ev(EventKind::PollEnd, 20'000, 1, t.intern("42"), 0, 0, kFlagReady)),
            "     20ms worker    ready 42");
  EXPECT_EQ(format_event(t, ev(EventKind::Spawn, 0, 1, t.intern("worker"), 0)), "      0ms worker    spawned");
  EXPECT_EQ(format_event(t, ev(EventKind::Spawn, 0, 1, t.intern("worker"), 3)),
            "      0ms worker    spawned by task 3");
  EXPECT_EQ(format_event(t, ev(EventKind::TimerRegister, 0, 1, 4, 30)), "      0ms worker    timer #4 set for 30ms");
  EXPECT_EQ(format_event(t, ev(EventKind::ClockAdvance, 30'000, 0, 10, 30)),
            "     30ms clock     advance 10ms -> 30ms");
  EXPECT_EQ(format_event(t, ev(EventKind::Wake, 30'000, 0, f.countdown, static_cast<uint32_t>(WakeOrigin::Timer))),
            "     30ms main      wake countdown (wake, timer)");
  EXPECT_EQ(format_event(t, ev(EventKind::Output, 0, 1, t.intern("oops"), 1)), "      0ms worker    2> oops");
  EXPECT_EQ(format_event(
                t, ev(EventKind::Diagnostic, 0, 1, t.intern("lost"), static_cast<uint32_t>(DiagnosticCode::LostWaker))),
            "      0ms worker    warning: lost");
  EXPECT_EQ(format_event(
                t, ev(EventKind::Diagnostic, 0, 1, t.intern("stuck"), static_cast<uint32_t>(DiagnosticCode::Deadlock))),
            "      0ms worker    error: stuck");
  EXPECT_EQ(format_event(t, ev(EventKind::FutureDrop, 0, 0, f.countdown, 0, 0, 0, 1)),
            "      0ms main        drop countdown (cancelled)");
  EXPECT_EQ(format_event(t, ev(EventKind::TaskDrop, 0, 1)), "      0ms worker    dropped before completing");
  EXPECT_EQ(format_event(t, ev(EventKind::ThreadSleep, 0, 0, 100, 0, 2)), "      0ms thread 2  thread 2 sleeps 100ms");
  EXPECT_EQ(format_event(t, ev(EventKind::BlockingSleep, 0, 1, 50)),
            "      0ms worker    blocks the executor for 50ms (thread::sleep)");
  EXPECT_EQ(format_event(t, ev(EventKind::RunEnd, 0, 0, static_cast<uint32_t>(RunStatus::Deadlock))),
            "      0ms runtime   run stopped: deadlock");
  EXPECT_EQ(format_event(t, ev(EventKind::YieldDefer, 0, 0, f.countdown)),
            "      0ms main      yield_now: waker of countdown deferred");
}

TEST(trace_format, sub_millisecond_times_show_microseconds) {
  Fixture f;
  EXPECT_EQ(format_event(f.t, ev(EventKind::PollBegin, 1500)), "    1.500ms main      poll");
  EXPECT_EQ(format_event(f.t, ev(EventKind::PollBegin, 12'000)), "     12ms main      poll");
}

TEST(trace_format, colour_wraps_the_text_in_ansi_codes) {
  Fixture f;
  EXPECT_EQ(format_event(f.t, ev(EventKind::PollBegin), {.color = true}), "      0ms main      \x1b[1;36mpoll\x1b[0m");
}

TEST(trace_json, json_quote_escapes_quotes_backslashes_and_control_characters) {
  EXPECT_EQ(json_quote("plain"), "\"plain\"");
  EXPECT_EQ(json_quote("a\"b\\c"), "\"a\\\"b\\\\c\"");
  EXPECT_EQ(json_quote("l1\nl2\r\t"), "\"l1\\nl2\\r\\t\"");
  EXPECT_EQ(json_quote(std::string("\x01\x1f\x7f", 3)), "\"\\u0001\\u001f\\u007f\"");
  EXPECT_EQ(json_quote(std::string("nul\0x", 5)), "\"nul\\u0000x\"");
  EXPECT_EQ(json_quote("é"), "\"é\"");
}

TEST(trace_json, event_json_gives_one_object_with_escaped_text) {
  Fixture f;
  Trace& t = f.t;
  Event e = ev(EventKind::Output, 2'500, 1, t.intern("say \"hi\" \\o/"), 0, 0, 0, 1);
  EXPECT_EQ(event_json(t, e, 7),
            "{\"i\":7,\"time_us\":2500,\"task\":1,\"kind\":\"output\",\"depth\":1,"
            "\"text\":\"> say \\\"hi\\\" \\\\\\\\o/\"}");  // the trace line writes `\` as `\\`
  uint32_t odd = t.new_path(0, "two\nlines\x02", 0);
  EXPECT_EQ(event_json(t, ev(EventKind::FuturePollBegin, 0, 0, odd), 1),
            "{\"i\":1,\"time_us\":0,\"task\":0,\"kind\":\"future_poll_begin\",\"depth\":0,"
            "\"text\":\"poll two\\nlines\\u0002\"}");
  uint32_t span = t.add_span(SourceSpan{3, 14, 5});
  Event s = ev(EventKind::PollBegin);
  s.span = span;
  EXPECT_EQ(event_json(t, s, 0),
            "{\"i\":0,\"time_us\":0,\"task\":0,\"kind\":\"poll_begin\",\"depth\":0,\"line\":3,\"col\":14,"
            "\"text\":\"poll\"}");
}

// A program with tasks, timers, a channel, an unbiased select and yields.
std::string busy_program(uint64_t seed) {
  RunOptions o;
  o.seed = seed;
  Runtime rt(o);
  rt.start(poll_fn<Unit>([&rt, pc = 0, i = 0, rxp = std::shared_ptr<mpsc::Receiver<int>>(),
                          r = BoxFuture<std::optional<int>>(), v = std::optional<int>(),
                          s = BoxFuture<Selected<int>>()](Context& cx) mutable -> Poll<Unit> {
    switch (pc) {
      case 0: {
        auto [tx, rx] = mpsc::channel<int>(1);
        rxp = std::make_shared<mpsc::Receiver<int>>(std::move(rx));
        for (int k = 0; k < 3; ++k) {
          rt.spawn(poll_fn<Unit>([&rt, k, tx = std::optional<mpsc::Sender<int>>(tx), pc = 0, sl = BoxFuture<Unit>(),
                                  se = BoxFuture<Result<Unit, mpsc::SendError<int>>>(),
                                  y = BoxFuture<Unit>()](Context& cx) mutable -> Poll<Unit> {
                     switch (pc) {
                       case 0:
                         sl = boxed(sleep(rt, Duration::from_millis(5 * (3 - k))));
                         AWAIT(sl, 1);
                         y = boxed(yield_now());
                         AWAIT(y, 2);
                         se = boxed(tx->send(k));
                         AWAIT(se, 3);
                         tx.reset();
                     }
                     return Ready(Unit{});
                   }),
                   "p" + std::to_string(k));
        }
      }
        for (;;) {
          r = boxed(rxp->recv());
          AWAIT_OUT(r, 1, v);
          if (!v) break;
          rt.output("got " + std::to_string(*v));
        }
        for (i = 0; i < 3; ++i) {
          {
            std::vector<BoxFuture<int>> b;
            for (int k = 0; k < 3; ++k) b.push_back(traced<int>(rt, "b" + std::to_string(k), boxed(ready(k)), true));
            s = boxed(select(std::move(b), false));
          }
          AWAIT(s, 2);
        }
    }
    return Ready(Unit{});
  }));
  EXPECT_EQ(rt.advance(), RunStatus::Completed) << rt.message();
  std::string out = format_trace(rt.trace());
  for (size_t k = 0; k < rt.trace().size(); ++k) out += event_json(rt.trace(), rt.trace().events()[k], k) + "\n";
  return out;
}

TEST(trace_determinism, two_runs_of_the_same_program_give_identical_traces) {
  std::string a = busy_program(3), b = busy_program(3);
  EXPECT_EQ(a, b);
  EXPECT_NE(a.find("> got 2"), std::string::npos);
  EXPECT_LT(a.find("> got 2"), a.find("> got 0"));
  EXPECT_NE(a.find("run completed"), std::string::npos);
}

TEST(trace_determinism, another_seed_changes_only_what_the_seed_decides) {
  std::set<std::string> traces;
  for (uint64_t seed = 0; seed < 6; ++seed) traces.insert(busy_program(seed));
  EXPECT_GT(traces.size(), 1u);
}

}  // namespace
}  // namespace ps::testing

namespace ps {
namespace {

// The one table of kinds decides the filters: the CLI's and the page's.
TEST(trace_kinds, filters_widen_from_output_to_polls_to_all) {
  EXPECT_TRUE(shown_by(EventKind::Output, FilterGroup::Output));
  EXPECT_TRUE(shown_by(EventKind::RunEnd, FilterGroup::Output));
  EXPECT_FALSE(shown_by(EventKind::PollBegin, FilterGroup::Output));
  EXPECT_TRUE(shown_by(EventKind::PollBegin, FilterGroup::Polls));
  EXPECT_TRUE(shown_by(EventKind::Wake, FilterGroup::Polls));
  EXPECT_FALSE(shown_by(EventKind::WakerClone, FilterGroup::Polls));
  for (const KindInfo& k : kKinds) {
    EXPECT_TRUE(shown_by(k.kind, FilterGroup::All)) << k.name;
  }
  FilterGroup g{};
  EXPECT_TRUE(filter_named("polls", g));
  EXPECT_EQ(g, FilterGroup::Polls);
  EXPECT_FALSE(filter_named("everything", g));
}

TEST(trace_kinds, json_lists_every_kind_with_its_trace_name) {
  std::string j = kinds_json();
  size_t rows = 0;
  for (size_t at = j.find("\"id\":"); at != std::string::npos; at = j.find("\"id\":", at + 1)) ++rows;
  EXPECT_EQ(rows, static_cast<size_t>(kEventKindCount));
  EXPECT_NE(j.find("{\"id\":1,\"name\":\"PollBegin\",\"trace\":\"poll_begin\",\"group\":\"polls\",\"role\":\"poll\""),
            std::string::npos);
  EXPECT_STREQ(event_kind_name(EventKind::TaskComplete), "task_complete");
}

}  // namespace
}  // namespace ps
