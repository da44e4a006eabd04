// TimerQueue: the virtual-time timer driver's storage.
//
// Timers have a deadline in whole milliseconds, fixed when the timer is
// created. A timer joins the queue when it is first polled (registration);
// timers due at the same millisecond fire in registration order, as Tokio's
// do. Slots are reused after a timer is dropped, so a long run with many
// sleeps stays small.
#pragma once

#include <cstddef>
#include <cstdint>
#include <queue>
#include <vector>

#include "core/waker.h"

namespace ps {

class TimerQueue {
 public:
  struct Slot {
    uint64_t deadline_ms = 0;
    uint64_t seq = 0;  // registration order; 0 = not registered
    uint32_t id = 0;   // trace id, unique within the run
    bool fired = false;
    bool live = false;
    Waker waker;
  };

  // A new timer slot for `deadline_ms`; not yet in the queue.
  uint32_t create(uint64_t deadline_ms);
  // Puts the slot in the queue (first poll).
  void enqueue(uint32_t slot);
  // Frees the slot; a queued entry for it is skipped when reached.
  void release(uint32_t slot);

  Slot& slot(uint32_t s) { return slots_[s]; }
  // Earliest deadline of a live queued timer, or UINT64_MAX.
  uint64_t next_deadline();
  // Removes and returns the next live timer due at or before `now_ms`, or -1.
  int64_t pop_due(uint64_t now_ms);
  size_t live_count() const { return live_; }

 private:
  struct Entry {
    uint64_t deadline_ms;
    uint64_t seq;
    uint32_t slot;
    bool operator>(const Entry& o) const {
      return deadline_ms != o.deadline_ms ? deadline_ms > o.deadline_ms : seq > o.seq;
    }
  };
  void drop_stale();

  std::vector<Slot> slots_;
  std::vector<uint32_t> free_;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> heap_;
  uint64_t next_seq_ = 1;
  uint32_t next_id_ = 1;
  size_t live_ = 0;
};

}  // namespace ps
