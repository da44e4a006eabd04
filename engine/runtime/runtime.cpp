#include "runtime/runtime.h"

#include <utility>

namespace ps {

Runtime::Runtime(RunOptions options) : options_(options), rng_(options.seed) {
  if (!options_.record) trace_.recording = false;
  tasks_.emplace_back();  // slot 0: the main future, installed by start()
}

// Drops every future still alive, so wakers inside them release their counts
// while the task table still exists.
Runtime::~Runtime() {
  dropping_ = true;
  deferred_.clear();
  for (auto& t : tasks_)
    if (t && t->has_future()) t->drop_future();
  for (auto& t : tasks_)
    if (t) t->join_waker = Waker();
  threads_.clear();
}

void Runtime::install_main(std::unique_ptr<TaskCore> main) {
  main->id = kMainTask;
  main->name = trace_.intern("main");
  main->root_path = trace_.new_path(0, "main", kMainTask);
  trace_.set_task_name(kMainTask, main->name);
  main->state = TaskState::Scheduled;
  tasks_[kMainTask] = std::move(main);
}

uint32_t Runtime::add_task(std::unique_ptr<TaskCore> task, std::string_view name) {
  auto id = static_cast<uint32_t>(tasks_.size());
  std::string label = name.empty() ? "task " + std::to_string(id) : std::string(name);
  task->id = id;
  task->name = trace_.intern(label);
  task->root_path = trace_.new_path(0, label, id);
  trace_.set_task_name(id, task->name);
  task->spawn_span = span_;
  task->state = TaskState::Scheduled;
  tasks_.push_back(std::move(task));
  emit_for(id, EventKind::Spawn, tasks_[id]->name, current_ == kNoTask ? 0 : current_);
  queue_.push(id);
  return id;
}

// --- The scheduler loop ------------------------------------------------------

RunStatus Runtime::advance(uint64_t event_budget) {
  uint64_t stop_at = event_budget == UINT64_MAX ? UINT64_MAX : event_count_ + event_budget;
  while (status_ == RunStatus::Running && event_count_ < stop_at) {
    step();
    if (status_ == RunStatus::Running) check_limits();
    if (status_ != RunStatus::Running && !run_finished_) finish_run();
  }
  return status_;
}

// One unit of the scheduler: poll main, poll one task, or park. Mirrors the
// `'outer` loop of Tokio's CurrentThread::block_on.
void Runtime::step() {
  if (at_round_top_) {
    at_round_top_ = false;
    round_ticks_ = 0;
    if (main_woken_) {
      main_woken_ = false;
      poll_main();
      return;
    }
  }
  if (round_ticks_ == kEventInterval) {
    park_yield();
    at_round_top_ = true;
    return;
  }
  if (queue_.empty()) {
    if (!deferred_.empty()) {
      park_yield();
    } else {
      park();
    }
    at_round_top_ = true;
    return;
  }
  ++round_ticks_;
  poll_task(queue_.pop());
}

void Runtime::poll_main() {
  TaskCore& m = *main_;
  m.state = TaskState::Running;
  current_ = kMainTask;
  ++polls_;
  ++m.polls;
  emit(EventKind::PollBegin);
  depth_ = 1;
  bool ready;
  {
    Waker w(this, kMainTask, m.root_path, true);
    m.live_wakers++;
    Context cx(*this, w);
    ready = m.poll(cx);
  }
  depth_ = 0;
  if (!m.panic_message.empty()) {
    emit(EventKind::PollEnd, 0, 0, 0, kFlagReady);
    current_ = kNoTask;
    end_run(RunStatus::Error, "main panicked: " + m.panic_message);
    return;
  }
  emit(EventKind::PollEnd, ready ? trace_.intern(m.describe_output()) : 0, 0, 0, ready ? kFlagReady : 0);
  current_ = kNoTask;
  if (ready) {
    m.state = TaskState::Complete;
    m.drop_future();
    end_run(RunStatus::Completed, "");
    return;
  }
  m.state = TaskState::Idle;
}

void Runtime::poll_task(uint32_t id) {
  TaskCore& t = *tasks_[id];
  if (t.cancel_requested) {
    cancel_task(t);
    return;
  }
  t.state = TaskState::Running;
  current_ = id;
  ++polls_;
  ++t.polls;
  emit(EventKind::PollBegin);
  depth_ = 1;
  bool ready;
  {
    Waker w(this, id, t.root_path, true);
    t.live_wakers++;
    Context cx(*this, w);
    ready = t.poll(cx);
  }
  depth_ = 0;
  bool panicked = !t.panic_message.empty();
  emit(EventKind::PollEnd, ready && !panicked ? trace_.intern(t.describe_output()) : 0, 0, 0,
       ready || panicked ? kFlagReady : 0);
  current_ = kNoTask;
  if (panicked) {
    t.state = TaskState::Panicked;
    finish_task(t);
  } else if (ready) {
    t.state = TaskState::Complete;
    finish_task(t);
  } else if (t.cancel_requested) {
    cancel_task(t);
  } else if (t.state == TaskState::Notified) {
    t.state = TaskState::Scheduled;
    queue_.push(id);
  } else {
    t.state = TaskState::Idle;
    if (t.live_wakers == 0 && !t.lost_waker_reported) {
      t.lost_waker_reported = true;
      emit_for(id, EventKind::Diagnostic,
               trace_.intern("task returned Pending but no waker for it is alive: "
                             "nothing can ever wake it (lost waker)"),
               static_cast<uint32_t>(DiagnosticCode::LostWaker));
    }
  }
}

// Drops the finished task's future, records the completion and wakes
// whoever awaits its JoinHandle.
void Runtime::finish_task(TaskCore& t) {
  uint32_t saved = current_;
  current_ = t.id;
  t.drop_future();
  if (t.state == TaskState::Panicked) {
    emit(EventKind::Diagnostic, trace_.intern("task panicked: " + t.panic_message),
         static_cast<uint32_t>(DiagnosticCode::Panic));
  } else {
    emit(EventKind::TaskComplete, trace_.intern(t.describe_output()));
  }
  current_ = saved;
  if (!t.join_waker.is_noop()) {
    Waker w = std::move(t.join_waker);
    w.wake(WakeOrigin::Join);
  }
}

void Runtime::cancel_task(TaskCore& t) {
  t.state = TaskState::Cancelled;
  uint32_t saved = current_;
  current_ = t.id;
  emit(EventKind::TaskDrop);
  t.drop_future();
  current_ = saved;
  if (!t.join_waker.is_noop()) {
    Waker w = std::move(t.join_waker);
    w.wake(WakeOrigin::Join);
  }
}

void Runtime::abort(uint32_t id) {
  TaskCore& t = *tasks_[id];
  if (t.finished() || t.cancel_requested) return;
  emit_for(id, EventKind::TaskAbort, 0, 0, current_ == kNoTask ? 0 : current_);
  t.cancel_requested = true;
  if (t.state == TaskState::Idle) {
    t.state = TaskState::Scheduled;
    queue_.push(id);
  }
}

// --- Parking -------------------------------------------------------------------

// Tokio's park_yield: the driver is polled without moving the clock, then
// the deferred wakers are released.
void Runtime::park_yield() {
  run_threads_until(now_us_);
  fire_due_timers();
  release_deferred();
}

// Tokio's park: when nothing woke since the last park, the paused clock
// jumps to the next deadline (timer or simulated thread); with none, the
// run can never progress.
void Runtime::park() {
  run_threads_until(now_us_);
  if (!unparked_ && queue_.empty() && !main_woken_) {
    uint64_t next = timers_.next_deadline();
    uint64_t next_us = next == UINT64_MAX ? UINT64_MAX : next * 1000;
    if (!thread_wakes_.empty() && thread_wakes_.top().at_us < next_us) next_us = thread_wakes_.top().at_us;
    if (next_us == UINT64_MAX) {
      report_deadlock();
      return;
    }
    if (!advance_clock_to(next_us)) return;
    run_threads_until(now_us_);
  }
  unparked_ = false;
  fire_due_timers();
  release_deferred();
}

void Runtime::release_deferred() {
  if (deferred_.empty()) return;
  releasing_.swap(deferred_);
  if (options_.tokio == TokioVersion::V1_24) {
    for (auto& w : releasing_) w.wake(WakeOrigin::Yield);
  } else {
    for (auto it = releasing_.rbegin(); it != releasing_.rend(); ++it) it->wake(WakeOrigin::Yield);
  }
  releasing_.clear();
}

void Runtime::fire_due_timers() {
  for (int64_t s; (s = timers_.pop_due(now_ms())) >= 0;) {
    auto& slot = timers_.slot(static_cast<uint32_t>(s));
    slot.fired = true;
    Waker w = std::move(slot.waker);
    emit_for(w.is_noop() ? 0 : w.task(), EventKind::TimerFire, slot.id, 0, 0);
    w.wake(WakeOrigin::Timer);
  }
}

bool Runtime::advance_clock_to(uint64_t t_us) {
  if (t_us <= now_us_) return true;
  if (t_us / 1000 > options_.limits.max_time_ms) {
    end_run(RunStatus::Limit,
            "virtual time limit reached: the run would pass " + std::to_string(options_.limits.max_time_ms) + " ms");
    return false;
  }
  uint64_t from = now_ms();
  now_us_ = t_us;
  emit_for(0, EventKind::ClockAdvance, static_cast<uint32_t>(from), static_cast<uint32_t>(now_ms()));
  return true;
}

// --- Simulated threads -------------------------------------------------------

uint32_t Runtime::spawn_thread(std::unique_ptr<ThreadBody> body, std::string_view name) {
  auto id = static_cast<uint32_t>(threads_.size());
  uint32_t label = trace_.intern(name);
  threads_.push_back(ThreadSlot{std::move(body), label});
  emit(EventKind::ThreadSpawn, label, 0, id);
  thread_wakes_.push(ThreadWake{now_us_, thread_seq_++, id});
  return id;
}

// Runs every thread step due at or before `t_us`, in time order, with the
// clock set to each step's time.
void Runtime::run_threads_until(uint64_t t_us) {
  while (!thread_wakes_.empty() && thread_wakes_.top().at_us <= t_us && status_ == RunStatus::Running) {
    ThreadWake tw = thread_wakes_.top();
    thread_wakes_.pop();
    if (tw.at_us > now_us_) advance_clock_to(tw.at_us);
    uint32_t saved = current_;
    current_ = kNoTask;
    in_thread_ = true;
    ThreadStep next = threads_[tw.thread].body->resume(*this);
    in_thread_ = false;
    current_ = saved;
    if (next.done) {
      threads_[tw.thread].body.reset();
    } else {
      emit_for(0, EventKind::ThreadSleep, static_cast<uint32_t>(next.sleep_us / 1000), 0, tw.thread);
      thread_wakes_.push(ThreadWake{now_us_ + next.sleep_us, thread_seq_++, tw.thread});
    }
  }
}

void Runtime::block_for(uint64_t us) {
  emit(EventKind::BlockingSleep, static_cast<uint32_t>(us / 1000));
  uint64_t until = now_us_ + us;
  uint32_t saved = current_;
  run_threads_until(until);
  current_ = saved;
  advance_clock_to(until);
}

// --- Wakers ------------------------------------------------------------------

Waker Runtime::make_waker(uint32_t task, uint32_t path) {
  tasks_[task]->live_wakers++;
  return Waker(this, task, path, true);
}

void Runtime::waker_cloned(const Waker& w) {
  tasks_[w.task()]->live_wakers++;
  if (!dropping_) emit_for(w.task(), EventKind::WakerClone, w.path());
}

void Runtime::waker_dropped(const Waker& w) {
  tasks_[w.task()]->live_wakers--;
  if (!dropping_ && !w.is_quiet()) emit_for(w.task(), EventKind::WakerDrop, w.path());
}

void Runtime::wake(uint32_t id, uint32_t path, WakeOrigin origin, bool by_ref) {
  if (dropping_ || status_ != RunStatus::Running) return;
  if (origin == WakeOrigin::Direct && in_thread_) origin = WakeOrigin::Thread;
  if (origin == WakeOrigin::Direct && in_poll()) origin = id == current_ ? WakeOrigin::Self : WakeOrigin::Task;
  ++wakes_;
  emit_for(id, EventKind::Wake, path, static_cast<uint32_t>(origin), current_ == kNoTask ? 0 : current_,
           by_ref ? kFlagByRef : 0);
  if (origin == WakeOrigin::Thread) unparked_ = true;
  if (id == kMainTask) {
    main_woken_ = true;
    unparked_ = true;
    return;
  }
  TaskCore& t = *tasks_[id];
  switch (t.state) {
    case TaskState::Idle:
      t.state = TaskState::Scheduled;
      queue_.push(id);
      break;
    case TaskState::Running: t.state = TaskState::Notified; break;
    case TaskState::Scheduled:
    case TaskState::Notified: break;
    default:
      emit_for(id, EventKind::Diagnostic, trace_.intern("woke a task that has already finished; the wake does nothing"),
               static_cast<uint32_t>(DiagnosticCode::WakeFinished));
  }
}

void Runtime::defer(const Waker& w) {
  emit(EventKind::YieldDefer, w.path());
  if (options_.tokio == TokioVersion::V1_29 && !deferred_.empty() && deferred_.back().will_wake(w)) return;
  deferred_.push_back(w.quiet_clone());
}

// --- Nested futures, output, diagnostics --------------------------------------

void Runtime::enter_future(uint32_t path) {
  emit(EventKind::FuturePollBegin, path);
  ++depth_;
}

void Runtime::exit_future(uint32_t path, bool ready) {
  --depth_;
  emit(EventKind::FuturePollEnd, path, 0, 0, ready ? kFlagReady : 0);
}

void Runtime::note_await(uint32_t span) {
  if (in_poll()) tasks_[current_]->await_span = span;
}

void Runtime::output(std::string_view text, bool to_stderr) {
  emit(EventKind::Output, trace_.intern(text), to_stderr ? 1 : 0);
}

void Runtime::diagnostic(DiagnosticCode code, std::string_view message) {
  emit(EventKind::Diagnostic, trace_.intern(message), static_cast<uint32_t>(code));
}

void Runtime::panic_current(std::string_view message) {
  if (!in_poll()) return;
  TaskCore& t = *tasks_[current_];
  if (t.panic_message.empty()) t.panic_message = message.empty() ? "explicit panic" : message;
}

void Runtime::stop_at_limit(std::string message) {
  if (status_ != RunStatus::Running) return;
  limit_span_ = span_;
  end_run(RunStatus::Limit, std::move(message));
}

void Runtime::stop_unsupported(std::string message) {
  if (status_ != RunStatus::Running) return;
  limit_span_ = span_;
  stopped_unsupported_ = true;
  end_run(RunStatus::Error, std::move(message));
}

bool Runtime::timer_poll(uint32_t timer, const Waker& waker) {
  auto& slot = timers_.slot(timer);
  if (slot.fired) return true;
  if (slot.seq == 0) {
    if (slot.deadline_ms <= now_ms()) {
      slot.fired = true;
      return true;
    }
    timers_.enqueue(timer);
    emit(EventKind::TimerRegister, slot.id, static_cast<uint32_t>(slot.deadline_ms));
  }
  if (!slot.waker.will_wake(waker)) slot.waker = waker.quiet_clone();
  return false;
}

// --- Ending ------------------------------------------------------------------

void Runtime::report_deadlock() {
  std::string msg = "deadlock: no task is ready, no timer is pending and no thread is running";
  for (auto& t : tasks_) {
    if (!t || t->finished()) continue;
    std::string who =
        t->id == kMainTask ? "main" : "task " + std::to_string(t->id) + " (" + std::string(trace_.str(t->name)) + ")";
    std::string where;
    if (t->await_span) {
      const SourceSpan& sp = trace_.span(t->await_span);
      where = " at the .await on " + std::to_string(sp.line) + ":" + std::to_string(sp.col);
    }
    std::string line = who + " is pending" + where + "; " +
                       (t->live_wakers == 0 ? "no waker for it is alive (lost waker)"
                                            : std::to_string(t->live_wakers) + " waker(s) for it still alive");
    uint32_t saved = span_;
    span_ = t->await_span;
    emit_for(t->id, EventKind::Diagnostic, trace_.intern(line), static_cast<uint32_t>(DiagnosticCode::Deadlock));
    span_ = saved;
    msg += "\n  " + line;
  }
  end_run(RunStatus::Deadlock, msg);
}

bool Runtime::check_limits() {
  const Limits& l = options_.limits;
  if (event_count_ >= l.max_events) {
    end_run(RunStatus::Limit, "event limit reached: the run recorded " + std::to_string(l.max_events) + " events");
    return false;
  }
  if (polls_ >= l.max_polls) {
    end_run(RunStatus::Limit, "poll limit reached: the run polled " + std::to_string(l.max_polls) + " times");
    return false;
  }
  return true;
}

// Stops the run: tasks still pending are dropped (in spawn order, as Tokio's
// shutdown does) and the trace says so. A run stopped inside a poll (a
// blocking sleep past the time limit) is torn down once that poll returns,
// so the future being polled is never dropped under its own feet.
void Runtime::end_run(RunStatus status, std::string message) {
  if (status_ != RunStatus::Running) return;
  status_ = status;
  message_ = std::move(message);
  if (!in_poll()) finish_run();
}

void Runtime::finish_run() {
  run_finished_ = true;
  RunStatus status = status_;
  current_ = kNoTask;
  if (limit_span_) span_ = limit_span_;
  if (status == RunStatus::Limit)
    emit(EventKind::Diagnostic, trace_.intern(message_), static_cast<uint32_t>(DiagnosticCode::Limit));
  else if (stopped_unsupported_)
    emit(EventKind::Diagnostic, trace_.intern(message_), static_cast<uint32_t>(DiagnosticCode::Unsupported));
  for (size_t i = 1; i < tasks_.size(); ++i) {
    TaskCore& t = *tasks_[i];
    if (t.finished() || !t.has_future()) continue;
    t.state = TaskState::Cancelled;
    current_ = t.id;
    emit(EventKind::TaskDrop);
    t.drop_future();
    current_ = kNoTask;
  }
  emit(EventKind::RunEnd, static_cast<uint32_t>(status));
}

}  // namespace ps
