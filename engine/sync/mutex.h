// Mutex: an async lock (tokio::sync::Mutex). lock() waits in FIFO order;
// the guard unlocks when dropped, handing the lock to the next waiter.
#pragma once

#include <memory>

#include "sync/semaphore.h"

namespace ps {

template <class T>
class Mutex {
 public:
  explicit Mutex(T value) : sem_(std::make_shared<Semaphore>(1)), value_(std::move(value)) {}

  class Guard {
   public:
    Guard(Mutex* m, SemaphorePermit p) : m_(m), permit_(std::move(p)) {}
    T& operator*() { return m_->value_; }
    T* operator->() { return &m_->value_; }

   private:
    Mutex* m_;
    SemaphorePermit permit_;
  };

  class Lock final : public Future<Guard> {
   public:
    explicit Lock(Mutex* m) : m_(m), acquire_(m->sem_, 1) {}
    Poll<Guard> poll(Context& cx) override {
      auto p = acquire_.poll(cx);
      if (p.is_pending()) return Pending;
      return Ready(Guard(m_, std::move(*p.take())));
    }

   private:
    Mutex* m_;
    Acquire acquire_;
  };

  [[nodiscard]] Lock lock() { return Lock(this); }
  bool is_locked() const { return sem_->available_permits() == 0; }

 private:
  std::shared_ptr<Semaphore> sem_;
  T value_;
};

}  // namespace ps
