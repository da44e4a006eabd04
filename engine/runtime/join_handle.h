// JoinHandle<T>: awaiting it gives the task's output, or a JoinError when the
// task was aborted or panicked. Dropping it detaches the task.
#pragma once

#include "core/result.h"
#include "runtime/runtime.h"

namespace ps {

template <class T>
class JoinHandle final : public Future<Result<T, JoinError>> {
 public:
  JoinHandle(Runtime* rt, uint32_t task) : rt_(rt), task_(task) {}

  Poll<Result<T, JoinError>> poll(Context& cx) override {
    TaskCore& t = rt_->task(task_);
    if (t.state == TaskState::Complete) {
      auto out = static_cast<Task<T>&>(t).take_output();
      if (out) return Ready(Result<T, JoinError>::Ok(std::move(*out)));
      return Ready(Result<T, JoinError>::Err({JoinError::Kind::Panic, "output already taken"}));
    }
    if (t.state == TaskState::Cancelled)
      return Ready(Result<T, JoinError>::Err({JoinError::Kind::Cancelled, "cancelled"}));
    if (t.state == TaskState::Panicked)
      return Ready(Result<T, JoinError>::Err({JoinError::Kind::Panic, t.panic_message}));
    if (!t.join_waker.will_wake(cx.waker())) t.join_waker = cx.waker().quiet_clone();
    return Pending;
  }

  void abort() { rt_->abort(task_); }
  bool is_finished() const { return rt_->task(task_).finished(); }
  uint32_t id() const { return task_; }

 private:
  Runtime* rt_;
  uint32_t task_;
};

}  // namespace ps
