#include "clock/timer_queue.h"

namespace ps {

uint32_t TimerQueue::create(uint64_t deadline_ms) {
  uint32_t s;
  if (!free_.empty()) {
    s = free_.back();
    free_.pop_back();
  } else {
    s = static_cast<uint32_t>(slots_.size());
    slots_.emplace_back();
  }
  Slot& slot = slots_[s];
  slot.deadline_ms = deadline_ms;
  slot.seq = 0;
  slot.id = next_id_++;
  slot.fired = false;
  slot.live = true;
  ++live_;
  return s;
}

void TimerQueue::enqueue(uint32_t s) {
  Slot& slot = slots_[s];
  slot.seq = next_seq_++;
  heap_.push(Entry{slot.deadline_ms, slot.seq, s});
}

void TimerQueue::release(uint32_t s) {
  Slot& slot = slots_[s];
  slot.live = false;
  slot.waker = Waker();
  --live_;
  free_.push_back(s);
}

// Discards heap entries whose slot was released or reused since.
void TimerQueue::drop_stale() {
  while (!heap_.empty()) {
    const Entry& e = heap_.top();
    const Slot& slot = slots_[e.slot];
    if (slot.live && slot.seq == e.seq && !slot.fired) return;
    heap_.pop();
  }
}

uint64_t TimerQueue::next_deadline() {
  drop_stale();
  return heap_.empty() ? UINT64_MAX : heap_.top().deadline_ms;
}

int64_t TimerQueue::pop_due(uint64_t now_ms) {
  drop_stale();
  if (heap_.empty() || heap_.top().deadline_ms > now_ms) return -1;
  uint32_t s = heap_.top().slot;
  heap_.pop();
  return s;
}

}  // namespace ps
