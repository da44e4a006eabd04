// join (tokio::join!), try_join (tokio::try_join!) and join_all
// (futures::future::join_all).
//
// All poll every unfinished child on each poll and drop a child as soon as
// it completes. join rotates the child it starts from by one on every poll,
// as tokio::join! does since 1.19; join_all always goes in list order.
// try_join ends at the first output its `is_err` test refuses: the children
// still running are dropped, in order, and that output is the result.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "runtime/runtime.h"

namespace ps {

// What a try_join gives: every output, or the first refused one.
template <class T>
struct TryJoined {
  std::vector<T> outputs;  // when every child succeeded, in child order
  std::optional<T> error;  // the first output `is_err` refused
};

template <class T>
class TryJoin final : public Future<TryJoined<T>> {
 public:
  using IsErr = std::function<bool(const T&)>;  // null: every output is accepted

  TryJoin(std::vector<BoxFuture<T>> futures, bool rotate, IsErr is_err)
      : futures_(std::move(futures)), outputs_(futures_.size()), rotate_(rotate), is_err_(std::move(is_err)) {}

  Poll<TryJoined<T>> poll(Context& cx) override {
    size_t n = futures_.size();
    size_t start = rotate_ ? next_start_ : 0;
    if (rotate_ && n > 0) next_start_ = (next_start_ + 1) % n;
    bool pending = false;
    for (size_t i = 0; i < n; ++i) {
      size_t k = (start + i) % n;
      if (!futures_[k]) continue;
      auto p = futures_[k]->poll(cx);
      if (!p.is_ready()) {
        pending = true;
        continue;
      }
      T value = p.take();
      futures_[k].reset();
      if (is_err_ && is_err_(value)) {
        for (auto& f : futures_) f.reset();
        return Ready(TryJoined<T>{{}, std::move(value)});
      }
      outputs_[k].emplace(std::move(value));
    }
    if (pending) return Pending;
    TryJoined<T> out;
    out.outputs.reserve(n);
    for (auto& o : outputs_) out.outputs.push_back(std::move(*o));
    return Ready(std::move(out));
  }

 private:
  std::vector<BoxFuture<T>> futures_;
  std::vector<std::optional<T>> outputs_;
  bool rotate_;
  IsErr is_err_;
  size_t next_start_ = 0;
};

// join and join_all: a try_join that accepts every output.
template <class T>
class Join final : public Future<std::vector<T>> {
 public:
  Join(std::vector<BoxFuture<T>> futures, bool rotate) : inner_(std::move(futures), rotate, nullptr) {}

  Poll<std::vector<T>> poll(Context& cx) override {
    auto p = inner_.poll(cx);
    if (p.is_pending()) return Pending;
    return Ready(std::move(p.take().outputs));
  }

 private:
  TryJoin<T> inner_;
};

template <class T>
[[nodiscard]] Join<T> join(std::vector<BoxFuture<T>> futures) {
  return Join<T>(std::move(futures), true);
}

template <class T>
[[nodiscard]] Join<T> join_all(std::vector<BoxFuture<T>> futures) {
  return Join<T>(std::move(futures), false);
}

}  // namespace ps
