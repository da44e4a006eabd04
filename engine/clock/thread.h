// Simulated OS threads on the virtual clock.
//
// A ThreadBody is resumed by the runtime at the virtual time it asked for; it
// runs until it sleeps again or finishes. This models `std::thread::spawn` +
// `std::thread::sleep` (the async book's TimerFuture): the thread's wake of a
// waker is an outside wake, as it is in a real program.
#pragma once

#include <cstdint>

namespace ps {

class Runtime;

struct ThreadStep {
  bool done = true;
  uint64_t sleep_us = 0;  // when not done: resume after this long

  static ThreadStep Sleep(uint64_t us) { return {false, us}; }
  static ThreadStep Done() { return {true, 0}; }
};

class ThreadBody {
 public:
  virtual ~ThreadBody() = default;
  virtual ThreadStep resume(Runtime& rt) = 0;
};

}  // namespace ps
