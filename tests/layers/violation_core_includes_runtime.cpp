// Not allowed: the Rust model (Poll, Waker, Future) sits below the scheduler.
#include "runtime/runtime.h"
