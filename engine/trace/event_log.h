// EventLog: the append-only event array, stored in fixed-size blocks so that
// growing it never moves (copies) the events already recorded.
#pragma once

#include <cstddef>
#include <iterator>
#include <memory>
#include <vector>

#include "trace/event.h"

namespace ps {

class EventLog {
 public:
  static constexpr size_t kBlockBits = 15;  // 32768 events (1 MiB) per block
  static constexpr size_t kBlock = size_t{1} << kBlockBits;

  void push_back(const Event& e) {
    if ((size_ & (kBlock - 1)) == 0 && (size_ >> kBlockBits) == blocks_.size())
      blocks_.emplace_back(new Event[kBlock]);
    blocks_[size_ >> kBlockBits][size_ & (kBlock - 1)] = e;
    ++size_;
  }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const Event& operator[](size_t i) const { return blocks_[i >> kBlockBits][i & (kBlock - 1)]; }
  const Event& back() const { return (*this)[size_ - 1]; }

  class const_iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = Event;
    using difference_type = std::ptrdiff_t;
    using pointer = const Event*;
    using reference = const Event&;
    const_iterator(const EventLog* log, size_t i) : log_(log), i_(i) {}
    const Event& operator*() const { return (*log_)[i_]; }
    const Event* operator->() const { return &(*log_)[i_]; }
    const_iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator==(const const_iterator& o) const { return i_ == o.i_; }
    bool operator!=(const const_iterator& o) const { return i_ != o.i_; }

   private:
    const EventLog* log_;
    size_t i_;
  };
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size_}; }

 private:
  std::vector<std::unique_ptr<Event[]>> blocks_;
  size_t size_ = 0;
};

}  // namespace ps
