// Shared plumbing of the async families (lib/tokio/*.cpp): argument checks
// for durations and futures, and the task future spawn and block_on run.
#pragma once

#include <cstdint>

#include "lang/lib/family.h"
#include "lang/vm/interp.h"

namespace ps::lang {

// The future of a spawned task (vm/interp.cpp).
BoxFuture<Value> make_task_future(Interp& in, Value fut);

namespace tokio_lib {

// The micros of a Duration or Instant, or -1 for any other value.
inline int64_t micros_of(const Value& d) {
  if (d.is(ObjKind::Handle) &&
      (d.as<HandleObj>()->hkind == HandleKind::Duration || d.as<HandleObj>()->hkind == HandleKind::Instant))
    return d.as<TimeObj>()->us;
  return -1;
}

// True for anything awaitable; otherwise a located error.
inline bool need_future(Interp& in, const Value& v) {
  if (in.is_awaitable(v)) return true;
  return in.fail("expected a future (an async fn call, an async block, or a type implementing Future)");
}

// The unit output of an engine future of Unit.
inline Value unit(Unit) { return Value(); }

// Where a wake comes from: a simulated thread, or code on the executor.
inline WakeOrigin wake_origin(Interp& in) {
  Coroutine* co = in.current_coroutine();
  return co && co->in_thread ? WakeOrigin::Thread : WakeOrigin::Direct;
}

}  // namespace tokio_lib
}  // namespace ps::lang
