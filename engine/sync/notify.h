// Notify: wakes a task waiting in notified(). notify_one with no waiter
// stores one permit, which the next notified() consumes at once.
#pragma once

#include <algorithm>
#include <deque>
#include <memory>
#include <vector>

#include "runtime/runtime.h"

namespace ps {

class Notify {
 public:
  struct Waiter {
    bool notified = false;
    bool queued = false;
    bool unseen_one = false;  // notified by notify_one, not yet returned Ready
    Waker waker;
  };

  void notify_one() {
    if (waiters_.empty()) {
      permit_ = true;
      return;
    }
    auto w = waiters_.front();
    waiters_.pop_front();
    w->queued = false;
    w->notified = true;
    w->unseen_one = true;
    Waker k = std::move(w->waker);
    k.wake(WakeOrigin::Notify);
  }

  // Tokio collects the wakers in a WakeList (32 at a time, oldest waiter
  // first) and wakes each batch newest first.
  void notify_waiters() {
    auto all = std::move(waiters_);
    waiters_.clear();
    std::vector<Waker> wakers;
    for (auto& w : all) {
      w->queued = false;
      w->notified = true;
      wakers.push_back(std::move(w->waker));
    }
    constexpr size_t kBatch = 32;
    for (size_t begin = 0; begin < wakers.size(); begin += kBatch)
      for (size_t i = std::min(wakers.size(), begin + kBatch); i > begin; --i) wakers[i - 1].wake(WakeOrigin::Notify);
  }

  class Notified final : public Future<Unit> {
   public:
    explicit Notified(Notify* n) : n_(n), w_(std::make_shared<Waiter>()) {}
    // A notify_one this waiter received but never returned passes on to
    // the next waiter (or becomes the permit), as in Tokio.
    ~Notified() override {
      if (w_->queued)
        n_->waiters_.erase(std::find(n_->waiters_.begin(), n_->waiters_.end(), w_));
      else if (w_->unseen_one)
        n_->notify_one();
    }
    Poll<Unit> poll(Context& cx) override {
      if (w_->notified) {
        w_->unseen_one = false;
        return Ready(Unit{});
      }
      if (!w_->queued) {
        if (n_->permit_) {
          n_->permit_ = false;
          w_->notified = true;
          return Ready(Unit{});
        }
        w_->queued = true;
        n_->waiters_.push_back(w_);
      }
      if (!w_->waker.will_wake(cx.waker())) w_->waker = cx.waker().quiet_clone();
      return Pending;
    }

   private:
    Notify* n_;
    std::shared_ptr<Waiter> w_;
  };

  [[nodiscard]] Notified notified() { return Notified(this); }

 private:
  bool permit_ = false;
  std::deque<std::shared_ptr<Waiter>> waiters_;
};

}  // namespace ps
