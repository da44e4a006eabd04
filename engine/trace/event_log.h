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

  EventLog() = default;
  EventLog(const EventLog&) = delete;
  EventLog& operator=(const EventLog&) = delete;
  ~EventLog() {
    for (auto& b : blocks_)
      if (spare().size() < kSpareBlocks) spare().push_back(std::move(b));
  }

  void push_back(const Event& e) {
    if ((size_ & (kBlock - 1)) == 0 && (size_ >> kBlockBits) == blocks_.size()) {
      if (spare().empty()) {
        blocks_.emplace_back(new Event[kBlock]);
      } else {
        blocks_.push_back(std::move(spare().back()));
        spare().pop_back();
      }
    }
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
  // Blocks of finished runs, kept for the next run on this thread: a fresh
  // allocation costs a page fault per 4 KiB on first touch.
  static constexpr size_t kSpareBlocks = 64;
  static std::vector<std::unique_ptr<Event[]>>& spare() {
    static thread_local std::vector<std::unique_ptr<Event[]>> blocks;
    return blocks;
  }

  std::vector<std::unique_ptr<Event[]>> blocks_;
  size_t size_ = 0;
};

}  // namespace ps
