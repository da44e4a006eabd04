// mpsc: multi-producer, single-consumer channels, bounded and unbounded.
//
// Bounded: send waits for a slot (a semaphore permit); recv frees a slot and
// so wakes the first blocked sender from inside recv(). The receiver's waker
// is registered only while the channel is empty and is taken by the first
// send that wakes it. The channel closes when every Sender is gone.
#pragma once

#include <deque>
#include <memory>
#include <optional>
#include <utility>

#include "core/result.h"
#include "sync/semaphore.h"

namespace ps::mpsc {

template <class T>
struct SendError {
  T value;
};

template <class T>
struct Chan {
  std::deque<T> queue;
  std::shared_ptr<Semaphore> slots;  // null for unbounded
  size_t senders = 1;
  bool rx_closed = false;
  Waker rx_waker;

  void push(T v) {
    queue.push_back(std::move(v));
    Waker w = std::move(rx_waker);
    w.wake(WakeOrigin::Channel);
  }
};

template <class T>
class Sender;

// The future of `tx.send(v).await` on a bounded channel.
template <class T>
class Send final : public Future<Result<Unit, SendError<T>>> {
 public:
  Send(std::shared_ptr<Chan<T>> chan, T value)
      : chan_(std::move(chan)), value_(std::move(value)), acquire_(chan_->slots, 1) {}

  Poll<Result<Unit, SendError<T>>> poll(Context& cx) override {
    using R = Result<Unit, SendError<T>>;
    if (chan_->rx_closed) return Ready(R::Err({std::move(*value_)}));
    if (!chan_->slots) {
      chan_->push(std::move(*value_));
      return Ready(R::Ok(Unit{}));
    }
    auto p = acquire_.poll(cx);
    if (p.is_pending()) return Pending;
    auto permit = p.take();
    if (!permit || chan_->rx_closed) return Ready(R::Err({std::move(*value_)}));
    permit->forget();
    chan_->push(std::move(*value_));
    return Ready(R::Ok(Unit{}));
  }

 private:
  std::shared_ptr<Chan<T>> chan_;
  std::optional<T> value_;
  Acquire acquire_;
};

template <class T>
class Sender {
 public:
  explicit Sender(std::shared_ptr<Chan<T>> c) : chan_(std::move(c)) {}
  Sender(const Sender& o) : chan_(o.chan_) { chan_->senders++; }
  Sender(Sender&&) noexcept = default;
  Sender& operator=(Sender&& o) noexcept {
    if (this != &o) {
      release();
      chan_ = std::move(o.chan_);
    }
    return *this;
  }
  ~Sender() { release(); }

  // Bounded channels: waits for a free slot.
  [[nodiscard]] Send<T> send(T value) { return Send<T>(chan_, std::move(value)); }
  // Unbounded channels (and try_send on bounded ones when a slot is free).
  Result<Unit, SendError<T>> send_now(T value) {
    using R = Result<Unit, SendError<T>>;
    if (chan_->rx_closed) return R::Err({std::move(value)});
    if (chan_->slots && !chan_->slots->try_acquire(1)) return R::Err({std::move(value)});
    chan_->push(std::move(value));
    return R::Ok(Unit{});
  }
  bool is_closed() const { return chan_->rx_closed; }

 private:
  void release() {
    if (!chan_) return;
    if (--chan_->senders == 0) {
      Waker w = std::move(chan_->rx_waker);
      w.wake(WakeOrigin::Channel);
    }
    chan_.reset();
  }
  std::shared_ptr<Chan<T>> chan_;
};

// The future of `rx.recv().await`: Some(value), or None once closed and empty.
template <class T>
class Recv final : public Future<std::optional<T>> {
 public:
  explicit Recv(std::shared_ptr<Chan<T>> c) : chan_(std::move(c)) {}

  Poll<std::optional<T>> poll(Context& cx) override {
    if (auto v = try_take()) return Ready(std::move(v));
    if (chan_->senders == 0) return Ready(std::optional<T>());
    if (!chan_->rx_waker.will_wake(cx.waker())) chan_->rx_waker = cx.waker().quiet_clone();
    return Pending;
  }

 private:
  std::optional<T> try_take() {
    if (chan_->queue.empty()) return std::nullopt;
    std::optional<T> v(std::move(chan_->queue.front()));
    chan_->queue.pop_front();
    if (chan_->slots) chan_->slots->release(1);
    return v;
  }
  std::shared_ptr<Chan<T>> chan_;
};

template <class T>
class Receiver {
 public:
  explicit Receiver(std::shared_ptr<Chan<T>> c) : chan_(std::move(c)) {}
  Receiver(Receiver&&) noexcept = default;
  ~Receiver() {
    if (!chan_) return;
    chan_->rx_closed = true;
    if (chan_->slots) chan_->slots->close();
  }
  [[nodiscard]] Recv<T> recv() { return Recv<T>(chan_); }

 private:
  std::shared_ptr<Chan<T>> chan_;
};

template <class T>
std::pair<Sender<T>, Receiver<T>> channel(size_t capacity) {
  auto c = std::make_shared<Chan<T>>();
  c->slots = std::make_shared<Semaphore>(capacity);
  return {Sender<T>(c), Receiver<T>(c)};
}

template <class T>
std::pair<Sender<T>, Receiver<T>> unbounded_channel() {
  auto c = std::make_shared<Chan<T>>();
  return {Sender<T>(c), Receiver<T>(c)};
}

}  // namespace ps::mpsc
