// The whole engine in one include: the Rust model (Poll, Waker, Context,
// Future), the runtime, time, combinators, sync and the trace.
#pragma once

#include "combinators/join.h"
#include "combinators/select.h"
#include "combinators/simple.h"
#include "combinators/traced.h"
#include "core/duration.h"
#include "runtime/runtime.h"
#include "sync/mpsc.h"
#include "sync/mutex.h"
#include "sync/notify.h"
#include "sync/oneshot.h"
#include "sync/semaphore.h"
#include "time/interval.h"
#include "time/sleep.h"
#include "time/timeout.h"
#include "trace/format.h"
