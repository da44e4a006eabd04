// The interpreter's heap objects beyond plain data: closures, futures,
// iterators and the handles that wrap engine resources (wakers, channels,
// locks, ...). Each is small; behaviour lives in the natives and the VM.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine.h"
#include "lang/program/program.h"
#include "lang/program/value.h"

namespace ps::lang {

class Interp;
class Coroutine;

// A closure or a plain fn used as a value. Captured values are copied into
// the called frame's capture slots.
struct ClosureObj final : Obj {
  ClosureObj(uint32_t f, std::vector<Value> caps) : Obj(ObjKind::Closure), fn(f), captures(std::move(caps)) {}
  uint32_t fn;
  std::vector<Value> captures;
};

// What polling an awaitable can give.
enum class PollResult : uint8_t { Ready, Pending, Error };

// Anything awaitable that is not a user struct: async frames and natives.
struct FutureObj : Obj {
  explicit FutureObj(uint32_t label_id) : Obj(ObjKind::Future), label(label_id) {}
  virtual PollResult poll(Interp& in, Context& cx, Value& out) = 0;
  uint32_t label;       // interned trace label ("countdown", "sleep")
  bool polled = false;  // polled at least once: it is pinned now
  bool done = false;
};

// A future over an engine future of type Future<T>, converting its output.
// The converter is declared first so that what it keeps alive (a channel, a
// Notify) outlives the future that points into it.
template <class F, class Conv>
struct EngineFutureObj final : FutureObj {
  EngineFutureObj(uint32_t label, F f, Conv c) : FutureObj(label), conv(std::move(c)), future(std::move(f)) {}
  PollResult poll(Interp& in, Context& cx, Value& out) override;  // in interp.h
  Conv conv;
  F future;
};

// Engine-backed resources, by what they are.
enum class HandleKind : uint8_t {
  Waker,
  Context,
  Duration,
  Instant,
  JoinHandle,
  OneshotSender,
  MpscSender,
  MpscReceiver,
  TokioMutex,
  StdMutex,
  Guard,  // a lock guard or RefCell borrow: derefs to its cell
  Notify,
  Semaphore,
  Permit,
  Interval,
  Formatter,  // the `f` of a user `impl Display`
  ThreadHandle,
  Error,  // JoinError, Elapsed, RecvError, SendError, ...
};

struct HandleObj : Obj {
  explicit HandleObj(HandleKind k) : Obj(ObjKind::Handle), hkind(k) {}
  HandleKind hkind;
};

struct WakerObj final : HandleObj {
  explicit WakerObj(Waker w) : HandleObj(HandleKind::Waker), waker(std::move(w)) {}
  Waker waker;
};

// `cx`: valid only while the poll it was given to runs.
struct ContextObj final : HandleObj {
  explicit ContextObj(Context* c) : HandleObj(HandleKind::Context), cx(c) {}
  Context* cx;
};

// Duration and Instant: microseconds of virtual time.
struct TimeObj final : HandleObj {
  TimeObj(HandleKind k, int64_t micros) : HandleObj(k), us(micros) {}
  int64_t us;
};

struct JoinHandleObj final : HandleObj {
  JoinHandleObj(Runtime& rt, uint32_t task) : HandleObj(HandleKind::JoinHandle), handle(&rt, task) {}
  JoinHandle<Value> handle;
};

struct OneshotSenderObj final : HandleObj {
  explicit OneshotSenderObj(oneshot::Sender<Value> s) : HandleObj(HandleKind::OneshotSender), tx(std::move(s)) {}
  std::optional<oneshot::Sender<Value>> tx;
};

struct MpscSenderObj final : HandleObj {
  MpscSenderObj(mpsc::Sender<Value> s, bool bounded)
      : HandleObj(HandleKind::MpscSender), tx(std::move(s)), bounded(bounded) {}
  std::optional<mpsc::Sender<Value>> tx;
  bool bounded;
};

struct MpscReceiverObj final : HandleObj {
  explicit MpscReceiverObj(mpsc::Receiver<Value> r) : HandleObj(HandleKind::MpscReceiver), rx(std::move(r)) {}
  std::optional<mpsc::Receiver<Value>> rx;
};

// tokio::sync::Mutex (async, FIFO) and std::sync::Mutex / RefCell (sync).
struct MutexObj final : HandleObj {
  MutexObj(HandleKind k, Value v) : HandleObj(k), cell(Value::adopt(new CellObj(std::move(v)))) {}
  Value cell;  // a CellObj
  std::shared_ptr<Semaphore> sem = std::make_shared<Semaphore>(1);
  bool locked = false;  // std mutex / RefCell
  bool refcell = false;
};

// A held lock: derefs to the mutex's cell; dropping it unlocks.
struct GuardObj final : HandleObj {
  GuardObj(Value mutex, SemaphorePermit p)
      : HandleObj(HandleKind::Guard), mutex(std::move(mutex)), permit(std::move(p)) {}
  ~GuardObj() override;
  Value mutex;  // a MutexObj
  SemaphorePermit permit;
};

// The slot a lock guard (MutexGuard, RefCell's Ref / RefMut) derefs to, or a
// CellObj's own slot; null for any other value. The one place that looks
// through guards and cells to the value inside.
Value* guarded_slot(const Value& v);
// The value inside a guard or cell; any other value is itself.
inline Value through_guard(const Value& v) {
  Value* slot = guarded_slot(v);
  return slot ? *slot : v;
}

struct NotifyObj final : HandleObj {
  NotifyObj() : HandleObj(HandleKind::Notify) {}
  Notify notify;
};

struct SemaphoreObj final : HandleObj {
  explicit SemaphoreObj(size_t n) : HandleObj(HandleKind::Semaphore), sem(std::make_shared<Semaphore>(n)) {}
  std::shared_ptr<Semaphore> sem;
};

struct PermitObj final : HandleObj {
  explicit PermitObj(SemaphorePermit p) : HandleObj(HandleKind::Permit), permit(std::move(p)) {}
  SemaphorePermit permit;
};

struct IntervalObj final : HandleObj {
  explicit IntervalObj(Interval i) : HandleObj(HandleKind::Interval), interval(std::move(i)) {}
  Interval interval;
};

// The `f: &mut Formatter` of a user Display impl: collects what write! writes.
struct FormatterObj final : HandleObj {
  FormatterObj() : HandleObj(HandleKind::Formatter) {}
  std::string out;
};

struct ThreadHandleObj final : HandleObj {
  explicit ThreadHandleObj(uint32_t t) : HandleObj(HandleKind::ThreadHandle), thread(t) {}
  uint32_t thread;
};

// The error values of the runtime library, printed as Rust prints them.
struct ErrorObj final : HandleObj {
  ErrorObj(std::string kind, std::string display, std::string debug, Value payload = {})
      : HandleObj(HandleKind::Error),
        kind(std::move(kind)),
        display(std::move(display)),
        debug(std::move(debug)),
        payload(std::move(payload)) {}
  std::string kind;  // "cancelled", "panic", "elapsed", "recv", "send"
  std::string display;
  std::string debug;
  Value payload;  // SendError gives the value back
};

// Iterators are lazy: next() produces one item at a time.
struct IterObj : Obj {
  IterObj() : Obj(ObjKind::Iter) {}
  // True with an item in `out`; false when exhausted (or on error: check in.failed()).
  virtual bool next(Interp& in, Value& out) = 0;
};

// The short text the trace shows for a task's Ready value.
std::string describe(const Value& v);

// True for values Rust would copy rather than move (scalars, strings, and
// structs that derive Copy).
bool is_copy(const Value& v);

}  // namespace ps::lang
