// Hand-written async bodies for engine tests, in the style of a generated
// state machine: a lambda with a program counter, where AWAIT polls a child
// future and returns Pending from the body until the child is ready.
//
//   poll_fn<Unit>([pc = 0, s = BoxFuture<Unit>()](Context& cx) mutable -> Poll<Unit> {
//     switch (pc) { case 0:
//       s = boxed(yield_now());
//       AWAIT(s, 1);
//     }
//     return Ready(Unit{});
//   });
#pragma once

#include "engine.h"

// Polls `fut` (a BoxFuture member) at resume point `n`; leaves its output in
// the variable `out_var` when given through AWAIT_OUT.
#define AWAIT(fut, n)                                 \
  pc = n;                                             \
  [[fallthrough]];                                    \
  case n:                                             \
    if ((fut)->poll(cx).is_pending()) return Pending; \
    (fut).reset();

#define AWAIT_OUT(fut, n, out_var)       \
  pc = n;                                \
  [[fallthrough]];                       \
  case n: {                              \
    auto p_ = (fut)->poll(cx);           \
    if (p_.is_pending()) return Pending; \
    out_var = p_.take();                 \
    (fut).reset();                       \
  }
