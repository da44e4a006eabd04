// Semaphore: permits handed to waiters in FIFO order (Tokio's
// batch_semaphore). Released permits are assigned to the first waiter at
// once and its waker is woken from inside the release, which is why an mpsc
// recv wakes a blocked sender from inside recv().
//
// Bounded mpsc channels and Mutex are built on it.
#pragma once

#include <algorithm>
#include <deque>
#include <memory>
#include <utility>
#include <vector>

#include "runtime/runtime.h"

namespace ps {

class Semaphore {
 public:
  struct Waiter {
    uint32_t needed = 0;
    uint32_t assigned = 0;
    bool queued = false;
    Waker waker;
  };

  explicit Semaphore(size_t permits) : permits_(permits) {}

  size_t available_permits() const { return permits_; }
  bool is_closed() const { return closed_; }

  // Takes `n` permits now if no one is waiting and enough are free.
  bool try_acquire(uint32_t n) {
    if (closed_ || !waiters_.empty() || permits_ < n) return false;
    permits_ -= n;
    return true;
  }

  // Adds permits and assigns them to waiters, first come first served.
  void release(size_t n) {
    permits_ += n;
    std::vector<Waker> to_wake;
    while (!waiters_.empty() && permits_ > 0) {
      auto& w = waiters_.front();
      uint32_t take = static_cast<uint32_t>(std::min<size_t>(permits_, w->needed - w->assigned));
      w->assigned += take;
      permits_ -= take;
      if (w->assigned < w->needed) break;
      w->queued = false;
      to_wake.push_back(std::move(w->waker));
      waiters_.pop_front();
    }
    wake_batched(to_wake);
  }

  // Tokio collects wakers in a WakeList (32 at a time) and wakes each batch
  // newest first, so waiters released together run in reverse queue order.
  static void wake_batched(std::vector<Waker>& wakers) {
    constexpr size_t kBatch = 32;
    for (size_t begin = 0; begin < wakers.size(); begin += kBatch)
      for (size_t i = std::min(wakers.size(), begin + kBatch); i > begin; --i) wakers[i - 1].wake(WakeOrigin::Channel);
  }

  // Closes the semaphore: waiters are woken and acquisitions fail.
  void close() {
    closed_ = true;
    auto waiters = std::move(waiters_);
    waiters_.clear();
    for (auto& w : waiters) {
      w->queued = false;
      Waker k = std::move(w->waker);
      k.wake(WakeOrigin::Channel);
    }
  }

  // Polls an acquisition of `n` permits: true once all are assigned.
  // Sets `failed` when the semaphore was closed.
  bool poll_acquire(const std::shared_ptr<Waiter>& w, Context& cx, bool& failed) {
    failed = false;
    if (w->assigned >= w->needed) return true;
    if (closed_) {
      failed = true;
      return false;
    }
    if (!w->queued) {
      if (try_acquire(w->needed)) {
        w->assigned = w->needed;
        return true;
      }
      w->queued = true;
      waiters_.push_back(w);
    }
    if (!w->waker.will_wake(cx.waker())) w->waker = cx.waker().quiet_clone();
    return false;
  }

  // An acquisition dropped before completion gives back what it got,
  // including permits fully assigned by a release it never polled to see.
  void cancel(const std::shared_ptr<Waiter>& w) {
    if (w->queued) {
      waiters_.erase(std::find(waiters_.begin(), waiters_.end(), w));
      w->queued = false;
    }
    w->waker = Waker();
    if (w->assigned) release(std::exchange(w->assigned, 0));
  }

 private:
  size_t permits_;
  bool closed_ = false;
  std::deque<std::shared_ptr<Waiter>> waiters_;
};

// A held permit; dropping it releases the permits.
class SemaphorePermit {
 public:
  SemaphorePermit() = default;
  SemaphorePermit(std::shared_ptr<Semaphore> sem, uint32_t n) : sem_(std::move(sem)), n_(n) {}
  SemaphorePermit(SemaphorePermit&& o) noexcept : sem_(std::move(o.sem_)), n_(std::exchange(o.n_, 0)) {}
  SemaphorePermit& operator=(SemaphorePermit&& o) noexcept {
    if (this != &o) {
      release();
      sem_ = std::move(o.sem_);
      n_ = std::exchange(o.n_, 0);
    }
    return *this;
  }
  ~SemaphorePermit() { release(); }
  // Keeps the permits taken for good (mpsc: the value now holds the slot).
  void forget() { n_ = 0; }

 private:
  void release() {
    if (sem_ && n_) sem_->release(n_);
    n_ = 0;
  }
  std::shared_ptr<Semaphore> sem_;
  uint32_t n_ = 0;
};

// The future of `semaphore.acquire_many(n)`; output: has the permit (false
// when the semaphore was closed).
class Acquire final : public Future<std::optional<SemaphorePermit>> {
 public:
  Acquire(std::shared_ptr<Semaphore> sem, uint32_t n)
      : sem_(std::move(sem)), waiter_(std::make_shared<Semaphore::Waiter>()) {
    waiter_->needed = n;
  }
  Acquire(Acquire&&) = default;
  ~Acquire() override {
    if (sem_ && waiter_) sem_->cancel(waiter_);
  }

  Poll<std::optional<SemaphorePermit>> poll(Context& cx) override {
    bool failed;
    if (sem_->poll_acquire(waiter_, cx, failed)) {
      uint32_t n = std::exchange(waiter_->assigned, 0);
      return Ready(std::optional<SemaphorePermit>(SemaphorePermit(sem_, n)));
    }
    if (failed) return Ready(std::optional<SemaphorePermit>());
    return Pending;
  }

 private:
  std::shared_ptr<Semaphore> sem_;
  std::shared_ptr<Semaphore::Waiter> waiter_;
};

[[nodiscard]] inline Acquire acquire(const std::shared_ptr<Semaphore>& sem, uint32_t n = 1) { return Acquire(sem, n); }

}  // namespace ps
