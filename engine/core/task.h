// Tasks: the unit the executor schedules.
//
// The runtime owns every task (a slot per task id, never reused during a
// run). A task's future is destroyed when it completes, is aborted, or is
// still pending when the run ends; its bookkeeping (state, live waker count,
// join waker) stays until the runtime goes, so late wakers and JoinHandles
// always find it.
//
// State transitions (see Runtime::wake and Runtime::poll_task):
//   Idle      --wake-->   Scheduled (pushed to the back of the run queue)
//   Scheduled --pop-->    Running
//   Running   --wake-->   Notified (requeued once, after the poll)
//   Running   --Pending-> Idle, or Scheduled if it was Notified
//   Running   --Ready-->  Complete
//   any unfinished --abort--> (Scheduled) --> Cancelled when next reached
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "core/describe.h"
#include "core/future.h"

namespace ps {

enum class TaskState : uint8_t { Idle, Scheduled, Running, Notified, Complete, Cancelled, Panicked };

// Why awaiting a JoinHandle gave no value.
struct JoinError {
  enum class Kind : uint8_t { Cancelled, Panic } kind;
  std::string message;
  bool is_cancelled() const { return kind == Kind::Cancelled; }
  bool is_panic() const { return kind == Kind::Panic; }
};

// The type-erased part of a task that the scheduler works with.
class TaskCore {
 public:
  virtual ~TaskCore() = default;
  // Polls the future once; true when it returned Ready (the output is kept).
  virtual bool poll(Context& cx) = 0;
  // Destroys the future (its destructor runs the drops of everything inside).
  virtual void drop_future() = 0;
  virtual bool has_future() const = 0;
  // Text of the output for the trace.
  virtual std::string describe_output() const = 0;

  bool finished() const {
    return state == TaskState::Complete || state == TaskState::Cancelled || state == TaskState::Panicked;
  }

  uint32_t id = 0;
  uint32_t root_path = 0;
  uint32_t name = 0;  // interned
  uint32_t spawn_span = 0;
  uint32_t await_span = 0;  // where its last poll stopped (set by the language layer)
  TaskState state = TaskState::Idle;
  uint32_t live_wakers = 0;
  uint32_t polls = 0;
  bool cancel_requested = false;
  bool lost_waker_reported = false;
  std::string panic_message;  // set when the task panicked
  Waker join_waker;           // the JoinHandle's waker, if someone awaits it
};

template <class T>
class Task final : public TaskCore {
 public:
  explicit Task(BoxFuture<T> f) : future_(std::move(f)) {}

  bool poll(Context& cx) override {
    auto p = future_->poll(cx);
    if (p.is_pending()) return false;
    output_.emplace(p.take());
    return true;
  }
  void drop_future() override { future_.reset(); }
  bool has_future() const override { return future_ != nullptr; }
  std::string describe_output() const override { return output_ ? describe(*output_) : ""; }

  std::optional<T> take_output() { return std::exchange(output_, std::nullopt); }
  bool has_output() const { return output_.has_value(); }

 private:
  BoxFuture<T> future_;
  std::optional<T> output_;
};

}  // namespace ps
