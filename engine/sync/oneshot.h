// oneshot: a single value from a Sender to a Receiver.
//
// send() stores the value and wakes the receiver from inside send(); a
// Sender dropped without sending makes the receiver's await give an error.
#pragma once

#include <memory>
#include <optional>
#include <utility>

#include "core/result.h"
#include "runtime/runtime.h"

namespace ps::oneshot {

struct RecvError {};

template <class T>
struct Shared {
  std::optional<T> value;
  bool tx_dropped = false;
  bool rx_dropped = false;
  Waker rx_waker;
};

template <class T>
class Sender {
 public:
  explicit Sender(std::shared_ptr<Shared<T>> s) : s_(std::move(s)) {}
  Sender(Sender&&) = default;
  Sender& operator=(Sender&& o) noexcept {
    if (this != &o) {
      close();
      s_ = std::move(o.s_);
    }
    return *this;
  }
  ~Sender() { close(); }

  // Ok, or Err with the value back when the receiver is gone.
  Result<Unit, T> send(T value) {
    auto s = std::move(s_);
    if (s->rx_dropped) return Result<Unit, T>::Err(std::move(value));
    s->value.emplace(std::move(value));
    s->tx_dropped = true;
    Waker w = std::move(s->rx_waker);
    w.wake(WakeOrigin::Channel);
    return Result<Unit, T>::Ok(Unit{});
  }
  bool is_closed() const { return !s_ || s_->rx_dropped; }

 private:
  void close() {
    if (!s_) return;
    s_->tx_dropped = true;
    Waker w = std::move(s_->rx_waker);
    s_.reset();
    w.wake(WakeOrigin::Channel);
  }
  std::shared_ptr<Shared<T>> s_;
};

template <class T>
class Receiver final : public Future<Result<T, RecvError>> {
 public:
  explicit Receiver(std::shared_ptr<Shared<T>> s) : s_(std::move(s)) {}
  Receiver(Receiver&&) = default;
  ~Receiver() override {
    if (s_) s_->rx_dropped = true;
  }

  Poll<Result<T, RecvError>> poll(Context& cx) override {
    if (s_->value) return Ready(Result<T, RecvError>::Ok(*std::exchange(s_->value, std::nullopt)));
    if (s_->tx_dropped) return Ready(Result<T, RecvError>::Err(RecvError{}));
    if (!s_->rx_waker.will_wake(cx.waker())) s_->rx_waker = cx.waker().quiet_clone();
    return Pending;
  }

 private:
  std::shared_ptr<Shared<T>> s_;
};

template <class T>
std::pair<Sender<T>, Receiver<T>> channel() {
  auto s = std::make_shared<Shared<T>>();
  return {Sender<T>(s), Receiver<T>(s)};
}

}  // namespace ps::oneshot
