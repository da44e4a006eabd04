// Test futures that count what happens to them, and helpers to read traces.
//
// A Probe is the shared record of one future: how often it was polled,
// dropped and how many wakes it performed. CountingFuture returns Pending a
// fixed number of times, doing something with its waker each time (nothing,
// wake_by_ref, a consumed clone, or keeping a clone in the probe), then Ready.
// A shared Log records polls and drops of several futures in order.
//
// Declare the Runtime before any Probe a test keeps: a probe may hold a
// Waker, and wakers must not outlive their runtime.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "async_steps.h"

namespace ps::testing {

using Log = std::shared_ptr<std::vector<std::string>>;
inline Log new_log() { return std::make_shared<std::vector<std::string>>(); }

struct Probe {
  std::string name;
  Log log;  // may be null
  int polls = 0;
  int drops = 0;
  int wakes = 0;
  Waker stored;  // the waker kept by OnPending::Store
};
using ProbePtr = std::shared_ptr<Probe>;

inline ProbePtr new_probe(std::string name = "f", Log log = nullptr) {
  auto p = std::make_shared<Probe>();
  p->name = std::move(name);
  p->log = std::move(log);
  return p;
}

// What a CountingFuture does with its waker when it returns Pending.
enum class OnPending {
  Nothing,    // loses the waker
  WakeByRef,  // wakes itself at once (CountdownFuture)
  Wake,       // clones the waker and consumes the clone with wake()
  Store,      // keeps a clone in the probe for the test to wake
};

template <class T>
class CountingFuture final : public Future<T> {
 public:
  CountingFuture(ProbePtr p, int pending_polls, T value, OnPending mode)
      : p_(std::move(p)), pending_polls_(pending_polls), value_(std::move(value)), mode_(mode) {}
  CountingFuture(CountingFuture&&) noexcept = default;
  ~CountingFuture() override {
    if (!p_) return;
    ++p_->drops;
    if (p_->log) p_->log->push_back("drop " + p_->name);
  }

  Poll<T> poll(Context& cx) override {
    ++p_->polls;
    if (p_->log) p_->log->push_back(p_->name);
    if (polled_++ >= pending_polls_) return Ready(value_);
    switch (mode_) {
      case OnPending::Nothing: break;
      case OnPending::WakeByRef:
        ++p_->wakes;
        cx.waker().wake_by_ref();
        break;
      case OnPending::Wake: {
        ++p_->wakes;
        Waker w = cx.waker();
        w.wake();
        break;
      }
      case OnPending::Store:
        if (!p_->stored.will_wake(cx.waker())) p_->stored = cx.waker();
        break;
    }
    return Pending;
  }

 private:
  ProbePtr p_;
  int pending_polls_;
  int polled_ = 0;
  T value_;
  OnPending mode_;
};

// A boxed CountingFuture: Pending `pending_polls` times, then Ready(value).
template <class T>
BoxFuture<T> counting(ProbePtr p, int pending_polls, T value, OnPending mode = OnPending::WakeByRef) {
  return std::make_unique<CountingFuture<T>>(std::move(p), pending_polls, std::move(value), mode);
}
inline BoxFuture<Unit> counting_unit(ProbePtr p, int pending_polls, OnPending mode = OnPending::WakeByRef) {
  return counting<Unit>(std::move(p), pending_polls, Unit{}, mode);
}
// Never Ready.
template <class T = Unit>
BoxFuture<T> forever(ProbePtr p, OnPending mode) {
  return counting<T>(std::move(p), 1 << 30, T{}, mode);
}

// Counts its own destruction; moves carry the duty to the new object.
class DropFlag {
 public:
  explicit DropFlag(std::shared_ptr<int> count, Log log = nullptr, std::string name = {})
      : count_(std::move(count)), log_(std::move(log)), name_(std::move(name)) {}
  DropFlag(DropFlag&& o) noexcept = default;
  DropFlag& operator=(DropFlag&&) = delete;
  ~DropFlag() {
    if (!count_) return;
    ++*count_;
    if (log_) log_->push_back("drop " + name_);
  }

 private:
  std::shared_ptr<int> count_;
  Log log_;
  std::string name_;
};

// --- Reading traces ---------------------------------------------------------

inline std::vector<Event> events_of(const Trace& t, EventKind k) {
  std::vector<Event> out;
  for (const Event& e : t.events())
    if (e.kind == k) out.push_back(e);
  return out;
}

inline size_t count_of(const Trace& t, EventKind k) { return events_of(t, k).size(); }

// Index of the first event at or after `from` matching `pred`, or -1.
template <class Pred>
long index_of(const Trace& t, Pred pred, size_t from = 0) {
  const auto& ev = t.events();
  for (size_t i = from; i < ev.size(); ++i)
    if (pred(ev[i])) return static_cast<long>(i);
  return -1;
}

inline long index_of_output(const Trace& t, const std::string& text) {
  return index_of(t, [&](const Event& e) { return e.kind == EventKind::Output && t.str(e.a) == text; });
}

// The task ids of the PollBegin events, in order.
inline std::vector<uint32_t> poll_order(const Trace& t) {
  std::vector<uint32_t> out;
  for (const Event& e : t.events())
    if (e.kind == EventKind::PollBegin) out.push_back(e.task);
  return out;
}

// Diagnostic texts with the given code.
inline std::vector<std::string> diagnostics(const Trace& t, DiagnosticCode code) {
  std::vector<std::string> out;
  for (const Event& e : t.events())
    if (e.kind == EventKind::Diagnostic && e.b == static_cast<uint32_t>(code)) out.emplace_back(t.str(e.a));
  return out;
}

// All program output lines, in order.
inline std::vector<std::string> outputs(const Trace& t) {
  std::vector<std::string> out;
  for (const Event& e : t.events())
    if (e.kind == EventKind::Output) out.emplace_back(t.str(e.a));
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace ps::testing
