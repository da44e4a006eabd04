// traced: names a future in the trace.
//
// Each poll of a Traced future records FuturePollBegin/End under its path
// (task -> ... -> label), and the future inside is polled with a waker for
// that path, so a wake from deep inside reports the whole chain. With
// `trace_drop`, destroying it records a FutureDrop (cancellation is visible).
#pragma once

#include <string>

#include "runtime/runtime.h"

namespace ps {

template <class T>
class Traced final : public Future<T> {
 public:
  Traced(Runtime& rt, std::string label, BoxFuture<T> inner, bool trace_drop)
      : rt_(&rt), label_(std::move(label)), inner_(std::move(inner)), trace_drop_(trace_drop) {}
  ~Traced() override {
    if (trace_drop_ && path_ != 0) rt_->emit(EventKind::FutureDrop, path_, 0, 0, done_ ? kFlagCompleted : 0);
    inner_.reset();
  }

  Poll<T> poll(Context& cx) override {
    if (path_ == 0) path_ = rt_->trace().new_path(cx.path(), label_, cx.task());
    if (done_) {
      rt_->diagnostic(DiagnosticCode::PollAfterReady, "`" + label_ + "` was polled after it returned Ready");
      return Pending;
    }
    rt_->enter_future(path_);
    Poll<T> p = Pending;
    {
      Waker w = rt_->make_waker(cx.task(), path_);
      Context inner(*rt_, w);
      p = inner_->poll(inner);
    }
    rt_->exit_future(path_, p.is_ready());
    if (p.is_ready()) done_ = true;
    return p;
  }

  uint32_t path() const { return path_; }

 private:
  Runtime* rt_;
  std::string label_;
  BoxFuture<T> inner_;
  bool trace_drop_;
  bool done_ = false;
  uint32_t path_ = 0;
};

template <class T>
[[nodiscard]] BoxFuture<T> traced(Runtime& rt, std::string label, BoxFuture<T> inner, bool trace_drop = false) {
  return std::make_unique<Traced<T>>(rt, std::move(label), std::move(inner), trace_drop);
}

}  // namespace ps
