// The one table of the trace's event kinds: for each kind its name in text and
// JSON, the narrowest filter that shows it, the role its colour plays, and what
// it means in one line. The formatter colours by role, the CLI's `--filter`
// and the page's filters select by group, and the page reads the whole table
// through the binding (`kinds()`), so none of them can drift.
#pragma once

#include <cstdint>
#include <string_view>

#include "trace/event.h"

namespace ps {

// The filters, narrowest first: a kind is shown by its own group and every
// wider one (`--filter output` shows Output only, `polls` adds Polls, `all`
// shows everything).
enum class FilterGroup : uint8_t { Output = 0, Polls = 1, All = 2 };

// What a kind's colour says; the terminal and the page's themes give each
// role a colour.
enum class ColourRole : uint8_t { Quiet, Wake, Timer, Drop, Future, Poll, Output, Diagnostic };

struct KindInfo {
  EventKind kind;
  const char* name;   // the C++ and page name: "PollBegin"
  const char* trace;  // the name in JSON lines: "poll_begin"
  FilterGroup group;
  ColourRole role;
  const char* description;
};

inline constexpr KindInfo kKinds[kEventKindCount] = {
    {EventKind::Spawn, "Spawn", "spawn", FilterGroup::All, ColourRole::Quiet, "a task was spawned"},
    {EventKind::PollBegin, "PollBegin", "poll_begin", FilterGroup::Polls, ColourRole::Poll,
     "the executor polls a task"},
    {EventKind::PollEnd, "PollEnd", "poll_end", FilterGroup::Polls, ColourRole::Poll,
     "the task's poll returned Ready or Pending"},
    {EventKind::FuturePollBegin, "FuturePollBegin", "future_poll_begin", FilterGroup::Polls, ColourRole::Future,
     "a future nested inside the task is polled"},
    {EventKind::FuturePollEnd, "FuturePollEnd", "future_poll_end", FilterGroup::Polls, ColourRole::Future,
     "that future returned Ready or Pending"},
    {EventKind::Wake, "Wake", "wake", FilterGroup::Polls, ColourRole::Wake,
     "a waker asked the executor to poll a task again"},
    {EventKind::WakerClone, "WakerClone", "waker_clone", FilterGroup::All, ColourRole::Quiet,
     "a waker was cloned (someone keeps it to wake the task later)"},
    {EventKind::WakerDrop, "WakerDrop", "waker_drop", FilterGroup::All, ColourRole::Quiet, "a waker was dropped"},
    {EventKind::TimerRegister, "TimerRegister", "timer_register", FilterGroup::All, ColourRole::Timer,
     "a timer was set"},
    {EventKind::TimerFire, "TimerFire", "timer_fire", FilterGroup::All, ColourRole::Timer, "a timer fired"},
    {EventKind::ClockAdvance, "ClockAdvance", "clock_advance", FilterGroup::All, ColourRole::Timer,
     "nothing was runnable, so virtual time jumped to the next timer"},
    {EventKind::FutureDrop, "FutureDrop", "future_drop", FilterGroup::All, ColourRole::Drop,
     "a future was dropped (cancelled when it had not finished)"},
    {EventKind::TaskComplete, "TaskComplete", "task_complete", FilterGroup::All, ColourRole::Quiet, "a task finished"},
    {EventKind::TaskAbort, "TaskAbort", "task_abort", FilterGroup::All, ColourRole::Drop,
     "abort() was requested for a task"},
    {EventKind::TaskDrop, "TaskDrop", "task_drop", FilterGroup::All, ColourRole::Drop,
     "a task's future was dropped before it finished"},
    {EventKind::Output, "Output", "output", FilterGroup::Output, ColourRole::Output, "what the program printed"},
    {EventKind::Diagnostic, "Diagnostic", "diagnostic", FilterGroup::Output, ColourRole::Diagnostic,
     "a problem pollscope found (lost waker, deadlock, panic, ...)"},
    {EventKind::ThreadSpawn, "ThreadSpawn", "thread_spawn", FilterGroup::All, ColourRole::Quiet,
     "a simulated OS thread started"},
    {EventKind::ThreadSleep, "ThreadSleep", "thread_sleep", FilterGroup::All, ColourRole::Quiet,
     "a simulated OS thread sleeps"},
    {EventKind::BlockingSleep, "BlockingSleep", "blocking_sleep", FilterGroup::All, ColourRole::Quiet,
     "std::thread::sleep blocked the executor"},
    {EventKind::YieldDefer, "YieldDefer", "yield_defer", FilterGroup::All, ColourRole::Quiet,
     "yield_now parked the task's waker until the next tick"},
    {EventKind::RunEnd, "RunEnd", "run_end", FilterGroup::Output, ColourRole::Quiet, "how the run ended"},
};

// The table is indexed by kind: each row must sit at its kind's number.
constexpr bool kinds_in_order() {
  for (int i = 0; i < kEventKindCount; ++i)
    if (static_cast<int>(kKinds[i].kind) != i) return false;
  return true;
}
static_assert(kinds_in_order(), "kKinds rows must follow EventKind's numbers");

inline const KindInfo& kind_info(EventKind k) { return kKinds[static_cast<uint8_t>(k) % kEventKindCount]; }

// True when `filter` shows events of kind k.
inline bool shown_by(EventKind k, FilterGroup filter) { return kind_info(k).group <= filter; }

// The filter called `name` ("all", "polls", "output"); false for another name.
inline bool filter_named(std::string_view name, FilterGroup& out) {
  if (name == "all") return out = FilterGroup::All, true;
  if (name == "polls") return out = FilterGroup::Polls, true;
  if (name == "output") return out = FilterGroup::Output, true;
  return false;
}

}  // namespace ps
