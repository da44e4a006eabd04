// select (tokio::select!): the first child to complete wins.
//
// Biased selects poll children in order; otherwise each poll starts at a
// branch drawn from the run's seeded Rng. A branch whose output its pattern
// refuses (`accepts` returns false) is disabled but kept, as in select!; when every
// branch is disabled the result has index kElse. All children are dropped,
// in branch order, before the result is returned, so the losers' drops come
// before the winner's handler runs.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "runtime/runtime.h"

namespace ps {

template <class T>
struct Selected {
  static constexpr size_t kElse = SIZE_MAX;
  size_t index;
  std::optional<T> value;
};

template <class T>
class Select final : public Future<Selected<T>> {
 public:
  using Accepts = std::function<bool(size_t, const T&)>;

  // `disabled` (one flag per future, or empty): branches whose precondition
  // was false; their futures are kept, never polled, and dropped with the rest.
  Select(std::vector<BoxFuture<T>> futures, bool biased, Accepts accepts = nullptr, std::vector<bool> disabled = {})
      : futures_(std::move(futures)),
        disabled_(disabled.size() == futures_.size() ? std::move(disabled) : std::vector<bool>(futures_.size(), false)),
        biased_(biased),
        accepts_(std::move(accepts)) {}

  Poll<Selected<T>> poll(Context& cx) override {
    size_t n = futures_.size();
    size_t start = biased_ || n == 0 ? 0 : cx.runtime().rng().below(static_cast<uint32_t>(n));
    bool any_enabled = false;
    for (size_t i = 0; i < n; ++i) {
      size_t k = (start + i) % n;
      if (disabled_[k]) continue;
      auto p = futures_[k]->poll(cx);
      if (p.is_pending()) {
        any_enabled = true;
        continue;
      }
      T value = p.take();
      if (accepts_ && !accepts_(k, value)) {
        disabled_[k] = true;
        continue;
      }
      drop_all();
      return Ready(Selected<T>{k, std::move(value)});
    }
    if (any_enabled) return Pending;
    drop_all();
    return Ready(Selected<T>{Selected<T>::kElse, std::nullopt});
  }

 private:
  void drop_all() {
    for (auto& f : futures_) f.reset();
  }
  std::vector<BoxFuture<T>> futures_;
  std::vector<bool> disabled_;
  bool biased_;
  Accepts accepts_;
};

template <class T>
[[nodiscard]] Select<T> select(std::vector<BoxFuture<T>> futures, bool biased,
                               typename Select<T>::Accepts accepts = nullptr) {
  return Select<T>(std::move(futures), biased, std::move(accepts));
}

}  // namespace ps
