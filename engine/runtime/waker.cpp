#include "core/waker.h"

#include "runtime/runtime.h"

namespace ps {

Waker::Waker(const Waker& other) : rt_(other.rt_), task_(other.task_), path_(other.path_) {
  if (rt_) rt_->waker_cloned(*this);
}

Waker& Waker::operator=(const Waker& other) {
  if (this == &other) return *this;
  release();
  rt_ = other.rt_;
  task_ = other.task_;
  path_ = other.path_;
  quiet_ = false;
  if (rt_) rt_->waker_cloned(*this);
  return *this;
}

Waker& Waker::operator=(Waker&& other) noexcept {
  if (this == &other) return *this;
  release();
  rt_ = std::exchange(other.rt_, nullptr);
  task_ = other.task_;
  path_ = other.path_;
  quiet_ = other.quiet_;
  return *this;
}

Waker Waker::quiet_clone() const { return rt_ ? rt_->make_waker(task_, path_) : Waker(); }

void Waker::release() {
  if (rt_) rt_->waker_dropped(*this);
  rt_ = nullptr;
}

void Waker::wake(WakeOrigin origin) {
  if (!rt_) return;
  Runtime* rt = std::exchange(rt_, nullptr);
  rt->task(task_).live_wakers--;
  rt->wake(task_, path_, origin, false);
}

void Waker::wake_by_ref(WakeOrigin origin) const {
  if (rt_) rt_->wake(task_, path_, origin, true);
}

}  // namespace ps
