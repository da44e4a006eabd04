// RunQueue: the FIFO of task ids ready to be polled (a growable ring).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ps {

class RunQueue {
 public:
  RunQueue() : buf_(64) {}
  bool empty() const { return head_ == tail_; }
  size_t size() const { return tail_ - head_; }
  void push(uint32_t id) {
    if (tail_ - head_ == buf_.size()) grow();
    buf_[tail_++ & (buf_.size() - 1)] = id;
  }
  uint32_t pop() { return buf_[head_++ & (buf_.size() - 1)]; }

 private:
  void grow() {
    std::vector<uint32_t> bigger(buf_.size() * 2);
    for (size_t i = head_; i != tail_; ++i) bigger[i - head_] = buf_[i & (buf_.size() - 1)];
    tail_ -= head_;
    head_ = 0;
    buf_.swap(bigger);
  }
  std::vector<uint32_t> buf_;  // size is a power of two
  size_t head_ = 0;
  size_t tail_ = 0;
};

}  // namespace ps
