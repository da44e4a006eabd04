// join (tokio::join!) and join_all (futures::future::join_all).
//
// Both poll every unfinished child on each poll and drop a child as soon as
// it completes. join rotates the child it starts from by one on every poll,
// as tokio::join! does since 1.19; join_all always goes in list order.
#pragma once

#include <optional>
#include <vector>

#include "runtime/runtime.h"

namespace ps {

template <class T>
class Join final : public Future<std::vector<T>> {
 public:
  Join(std::vector<BoxFuture<T>> futures, bool rotate)
      : futures_(std::move(futures)), outputs_(futures_.size()), rotate_(rotate) {}

  Poll<std::vector<T>> poll(Context& cx) override {
    size_t n = futures_.size();
    size_t start = rotate_ ? next_start_ : 0;
    if (rotate_ && n > 0) next_start_ = (next_start_ + 1) % n;
    bool pending = false;
    for (size_t i = 0; i < n; ++i) {
      size_t k = (start + i) % n;
      if (!futures_[k]) continue;
      auto p = futures_[k]->poll(cx);
      if (p.is_ready()) {
        outputs_[k].emplace(p.take());
        futures_[k].reset();
      } else {
        pending = true;
      }
    }
    if (pending) return Pending;
    std::vector<T> out;
    out.reserve(n);
    for (auto& o : outputs_) out.push_back(std::move(*o));
    return Ready(std::move(out));
  }

 private:
  std::vector<BoxFuture<T>> futures_;
  std::vector<std::optional<T>> outputs_;
  bool rotate_;
  size_t next_start_ = 0;
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
