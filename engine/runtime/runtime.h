// Runtime: a model of Tokio's `current_thread` scheduler with paused time.
//
// The main future (block_on's) is not a task: it is polled at the top of a
// scheduler round, only when it was woken. A round polls up to
// kEventInterval tasks from the FIFO run queue; when the queue is empty the
// runtime parks. Parking fires due timers, releases the wakers that
// yield_now deferred, and, when nothing at all was woken, jumps the virtual
// clock to the next timer or simulated-thread step. With nothing left to
// wait for, the run ends with a deadlock report instead of hanging.
//
// Every step is recorded in the Trace. A run is a pure function of the
// program, the seed and the options.
#pragma once

#include <cstdint>
#include <memory>
#include <queue>
#include <string>
#include <string_view>
#include <vector>

#include "clock/thread.h"
#include "clock/timer_queue.h"
#include "core/rng.h"
#include "core/task.h"
#include "runtime/run_queue.h"
#include "trace/trace.h"

namespace ps {

// Tokio polls the main future, and releases deferred wakers, at least every
// this many task polls (`event_interval` of the current_thread scheduler).
inline constexpr uint32_t kEventInterval = 61;

enum class TokioVersion : uint8_t {
  V1_24,  // deferred yield_now wakers released oldest first
  V1_29,  // ... newest first, skipping one equal to the last deferred
};

// Limits stop a run with a message naming the limit, never a hang.
struct Limits {
  uint64_t max_events = 5'000'000;
  uint64_t max_time_ms = 365ull * 24 * 3600 * 1000;  // a year of virtual time
  uint64_t max_polls = 5'000'000;
};

struct RunOptions {
  TokioVersion tokio = TokioVersion::V1_24;
  uint64_t seed = 0;
  Limits limits = {};
  bool record = true;  // false: count events without storing them
};

template <class T>
class JoinHandle;

class Runtime {
 public:
  explicit Runtime(RunOptions options = {});
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  // --- Running -----------------------------------------------------------

  // Installs the main future; the run starts with the first advance().
  template <class T>
  void start(BoxFuture<T> main) {
    auto task = std::make_unique<Task<T>>(std::move(main));
    main_ = task.get();
    install_main(std::move(task));
  }
  // Runs until the run ends or about `event_budget` more events exist.
  RunStatus advance(uint64_t event_budget = UINT64_MAX);
  // The main future's output once the run completed.
  template <class T>
  std::optional<T> take_main_output() {
    return static_cast<Task<T>*>(main_)->take_output();
  }

  template <class T>
  JoinHandle<T> spawn(BoxFuture<T> future, std::string_view name = {}) {
    return JoinHandle<T>(this, add_task(std::make_unique<Task<T>>(std::move(future)), name));
  }
  // Requests cancellation of a task (JoinHandle::abort).
  void abort(uint32_t task);

  // --- Observing -----------------------------------------------------------

  RunStatus status() const { return status_; }
  const std::string& message() const { return message_; }
  Trace& trace() { return trace_; }
  const Trace& trace() const { return trace_; }
  const RunOptions& options() const { return options_; }
  uint64_t now_us() const { return now_us_; }
  uint64_t now_ms() const { return now_us_ / 1000; }
  uint64_t event_count() const { return event_count_; }
  uint64_t poll_count() const { return polls_; }
  uint64_t wake_count() const { return wakes_; }
  size_t task_count() const { return tasks_.size() - 1; }
  uint32_t current_task() const { return current_; }
  bool in_poll() const { return current_ != kNoTask; }
  TaskCore& task(uint32_t id) { return *tasks_[id]; }
  Rng& rng() { return rng_; }

  // --- Services for futures ------------------------------------------------

  // Records an event for the current task at the current span.
  void emit(EventKind kind, uint32_t a = 0, uint32_t b = 0, uint32_t c = 0, uint8_t flags = 0) {
    emit_for(current_ == kNoTask ? 0 : current_, kind, a, b, c, in_thread_ ? flags | kFlagThread : flags);
  }
  void emit_for(uint32_t task, EventKind kind, uint32_t a = 0, uint32_t b = 0, uint32_t c = 0, uint8_t flags = 0) {
    ++event_count_;
    if (options_.record && trace_.keeps(kind)) trace_.push(Event{now_us_, task, span_, a, b, c, kind, flags, depth_});
  }
  // The language layer sets the source span that following events carry.
  void set_span(uint32_t span) { span_ = span; }
  uint32_t span() const { return span_; }
  // Remembers where the current task waits (for deadlock reports).
  void note_await(uint32_t span);

  // A counted waker for `task` through `path` (a named nested future).
  Waker make_waker(uint32_t task, uint32_t path);
  // A nested future named `label` begins/ends a poll under `path`.
  void enter_future(uint32_t path);
  void exit_future(uint32_t path, bool ready);

  void wake(uint32_t task, uint32_t path, WakeOrigin origin, bool by_ref);
  // yield_now: parks the waker until the run queue drains.
  void defer(const Waker& waker);

  // Program output (println!, eprintln!) and diagnostics.
  void output(std::string_view text, bool to_stderr = false);
  void diagnostic(DiagnosticCode code, std::string_view message);
  // Marks the current task as panicked; its poll result is ignored.
  void panic_current(std::string_view message);
  // Stops the run at a limit found outside the engine (the language's
  // LangLimits): RunStatus::Limit, and the closing diagnostic is placed at
  // the current source span.
  void stop_at_limit(std::string message);
  // Stops the run because the program does something the language cannot
  // run faithfully (an `unsupported:` message): RunStatus::Error, placed the same way.
  void stop_unsupported(std::string message);

  // Timers (see time/sleep.h). Deadlines are rounded up to whole ms.
  uint64_t deadline_after_us(uint64_t duration_us) const { return (now_us_ + duration_us + 999) / 1000; }
  uint32_t timer_create(uint64_t deadline_ms) { return timers_.create(deadline_ms); }
  // True once the timer fired; registers or refreshes the waker otherwise.
  bool timer_poll(uint32_t timer, const Waker& waker);
  void timer_release(uint32_t timer) { timers_.release(timer); }
  uint64_t timer_deadline_ms(uint32_t timer) { return timers_.slot(timer).deadline_ms; }

  // Simulated OS threads; the first step runs at the next driver turn.
  uint32_t spawn_thread(std::unique_ptr<ThreadBody> body, std::string_view name);
  // std::thread::sleep inside a poll: the executor is blocked for `us`.
  void block_for(uint64_t us);

  static constexpr uint32_t kNoTask = UINT32_MAX;
  static constexpr uint32_t kMainTask = 0;

 private:
  friend class Waker;
  void waker_cloned(const Waker& w);
  void waker_dropped(const Waker& w);

  void install_main(std::unique_ptr<TaskCore> main);
  uint32_t add_task(std::unique_ptr<TaskCore> task, std::string_view name);
  void step();
  void poll_main();
  void poll_task(uint32_t id);
  void finish_task(TaskCore& t);
  void cancel_task(TaskCore& t);
  void park_yield();
  void park();
  void release_deferred();
  void fire_due_timers();
  void run_threads_until(uint64_t t_us);
  bool advance_clock_to(uint64_t t_us);
  void report_deadlock();
  void end_run(RunStatus status, std::string message);
  void finish_run();
  bool check_limits();

  RunOptions options_;
  Trace trace_;
  Rng rng_;
  RunStatus status_ = RunStatus::Running;
  std::string message_;

  std::vector<std::unique_ptr<TaskCore>> tasks_;  // [0] is main
  TaskCore* main_ = nullptr;
  RunQueue queue_;
  std::vector<Waker> deferred_;
  std::vector<Waker> releasing_;  // deferred_'s spare buffer while releasing
  TimerQueue timers_;

  struct ThreadSlot {
    std::unique_ptr<ThreadBody> body;
    uint32_t name;
  };
  struct ThreadWake {
    uint64_t at_us;
    uint64_t seq;
    uint32_t thread;
    bool operator>(const ThreadWake& o) const { return at_us != o.at_us ? at_us > o.at_us : seq > o.seq; }
  };
  std::vector<ThreadSlot> threads_;
  std::priority_queue<ThreadWake, std::vector<ThreadWake>, std::greater<ThreadWake>> thread_wakes_;
  uint64_t thread_seq_ = 0;

  uint64_t now_us_ = 0;
  uint64_t event_count_ = 0;
  uint64_t polls_ = 0;
  uint64_t wakes_ = 0;
  uint32_t current_ = kNoTask;
  uint32_t span_ = 0;
  bool stopped_unsupported_ = false;
  uint32_t limit_span_ = 0;  // where stop_at_limit was called; 0 for the engine's own limits
  uint16_t depth_ = 0;
  bool main_woken_ = true;
  bool unparked_ = false;  // a wake since the last park: park must not sleep
  bool at_round_top_ = true;
  uint32_t round_ticks_ = 0;
  bool dropping_ = false;      // tearing down: wakes are ignored
  bool in_thread_ = false;     // a simulated thread's step is running
  bool run_finished_ = false;  // end_run's teardown has been done
};

}  // namespace ps

#include "runtime/join_handle.h"
