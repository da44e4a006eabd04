// Methods of the async runtime's values: futures, Context, Waker,
// JoinHandle, channels, locks, Notify, Semaphore, Interval.
#include "lang/lib/registry.h"
#include "lang/vm/interp.h"

namespace ps::lang {

namespace {

template <class F, class C>
Value engine_future(uint32_t label, F f, C c) {
  return Value::adopt(new EngineFutureObj<F, C>(label, std::move(f), std::move(c)));
}

template <class T>
T* handle(const Value& v, HandleKind k) {
  if (v.is(ObjKind::Handle) && v.as<HandleObj>()->hkind == k) return v.as<T>();
  return nullptr;
}

WakeOrigin wake_origin(Interp& in) {
  Coroutine* co = in.current_coroutine();
  return co && co->in_thread ? WakeOrigin::Thread : WakeOrigin::Direct;
}

// `fut.poll(cx)` from a hand-written poll: polls a child future.
bool future_poll(Interp& in, Value* a, uint32_t n, Value& out) {
  auto* ctx = n > 1 ? handle<ContextObj>(a[1], HandleKind::Context) : nullptr;
  if (!ctx || !ctx->cx) return in.fail("`poll` needs the `cx` of the current poll");
  Value v;
  uint32_t path = 0;
  PollResult r = in.poll_awaitable(a[0], path, *ctx->cx, v);
  if (r == PollResult::Error) return false;
  out = r == PollResult::Ready ? make_enum(kPoll, kReady, {std::move(v)}) : make_enum(kPoll, kPending);
  return true;
}

bool identity(Interp&, Value* a, uint32_t, Value& out) {
  out = a[0];
  return true;
}

bool context_waker(Interp& in, Value* a, uint32_t, Value& out) {
  auto* ctx = a[0].as<ContextObj>();
  if (!ctx->cx) return in.fail("`Context` used after its poll returned");
  out = Value::adopt(new WakerObj(in.rt.make_waker(ctx->cx->task(), ctx->cx->path())));
  return true;
}

bool waker_wake(Interp& in, Value* a, uint32_t, Value& out) {
  a[0].as<WakerObj>()->waker.wake(wake_origin(in));
  out = Value();
  return true;
}

bool waker_wake_by_ref(Interp& in, Value* a, uint32_t, Value& out) {
  a[0].as<WakerObj>()->waker.wake_by_ref(wake_origin(in));
  out = Value();
  return true;
}

bool waker_clone(Interp&, Value* a, uint32_t, Value& out) {
  out = Value::adopt(new WakerObj(a[0].as<WakerObj>()->waker));
  return true;
}

bool waker_will_wake(Interp& in, Value* a, uint32_t n, Value& out) {
  auto* other = n > 1 ? handle<WakerObj>(a[1], HandleKind::Waker) : nullptr;
  if (!other) return in.fail("`will_wake` takes another Waker");
  out = Value::boolean(a[0].as<WakerObj>()->waker.will_wake(other->waker));
  return true;
}

bool join_abort(Interp&, Value* a, uint32_t, Value& out) {
  a[0].as<JoinHandleObj>()->handle.abort();
  out = Value();
  return true;
}

bool join_is_finished(Interp&, Value* a, uint32_t, Value& out) {
  out = Value::boolean(a[0].as<JoinHandleObj>()->handle.is_finished());
  return true;
}

bool oneshot_send(Interp& in, Value* a, uint32_t n, Value& out) {
  auto* s = a[0].as<OneshotSenderObj>();
  if (!s->tx) return in.fail("this oneshot sender was already used");
  auto r = s->tx->send(n > 1 ? std::move(a[1]) : Value());
  s->tx.reset();
  out = r.is_ok() ? ok(Value()) : err(std::move(r.error()));
  return true;
}

bool oneshot_is_closed(Interp&, Value* a, uint32_t, Value& out) {
  auto* s = a[0].as<OneshotSenderObj>();
  out = Value::boolean(!s->tx || s->tx->is_closed());
  return true;
}

Value send_error(Value v) {
  return err(Value::adopt(new ErrorObj("send", "channel closed", "SendError { .. }", std::move(v))));
}

bool mpsc_send(Interp& in, Value* a, uint32_t n, Value& out) {
  auto* s = a[0].as<MpscSenderObj>();
  if (!s->tx) return in.fail("this sender was dropped");
  Value v = n > 1 ? std::move(a[1]) : Value();
  if (!s->bounded) {
    auto r = s->tx->send_now(std::move(v));
    out = r.is_ok() ? ok(Value()) : send_error(std::move(r.error().value));
    return true;
  }
  Value keep = a[0];
  out = engine_future(in.labels.send, s->tx->send(std::move(v)), [keep](Result<Unit, mpsc::SendError<Value>> r) {
    return r.is_ok() ? ok(Value()) : send_error(std::move(r.error().value));
  });
  return true;
}

bool mpsc_try_send(Interp& in, Value* a, uint32_t n, Value& out) {
  auto* s = a[0].as<MpscSenderObj>();
  if (!s->tx) return in.fail("this sender was dropped");
  auto r = s->tx->send_now(n > 1 ? std::move(a[1]) : Value());
  out = r.is_ok() ? ok(Value()) : send_error(std::move(r.error().value));
  return true;
}

bool mpsc_is_closed(Interp&, Value* a, uint32_t, Value& out) {
  auto* s = a[0].as<MpscSenderObj>();
  out = Value::boolean(!s->tx || s->tx->is_closed());
  return true;
}

bool mpsc_recv(Interp& in, Value* a, uint32_t, Value& out) {
  auto* r = a[0].as<MpscReceiverObj>();
  if (!r->rx) return in.fail("this receiver was dropped");
  Value keep = a[0];
  out = engine_future(in.labels.recv, r->rx->recv(),
                      [keep](std::optional<Value> v) { return v ? some(std::move(*v)) : none(); });
  return true;
}

// tokio::sync::Mutex::lock(): waits its turn (FIFO), then gives a guard.
bool tokio_lock(Interp& in, Value* a, uint32_t, Value& out) {
  auto* m = a[0].as<MutexObj>();
  Value mutex = a[0];
  out = engine_future(in.labels.lock, Acquire(m->sem, 1), [mutex](std::optional<SemaphorePermit> p) {
    return Value::adopt(new GuardObj(mutex, p ? std::move(*p) : SemaphorePermit()));
  });
  return true;
}

bool notify_one(Interp&, Value* a, uint32_t, Value& out) {
  a[0].as<NotifyObj>()->notify.notify_one();
  out = Value();
  return true;
}

bool notify_waiters(Interp&, Value* a, uint32_t, Value& out) {
  a[0].as<NotifyObj>()->notify.notify_waiters();
  out = Value();
  return true;
}

bool notified(Interp& in, Value* a, uint32_t, Value& out) {
  Value keep = a[0];
  out = engine_future(in.labels.notified, a[0].as<NotifyObj>()->notify.notified(), [keep](Unit) { return Value(); });
  return true;
}

bool sem_acquire(Interp& in, Value* a, uint32_t, Value& out) {
  Value keep = a[0];
  out = engine_future(in.labels.acquire, Acquire(a[0].as<SemaphoreObj>()->sem, 1),
                      [keep](std::optional<SemaphorePermit> p) {
                        if (!p)
                          return err(Value::adopt(new ErrorObj("acquire", "semaphore closed", "AcquireError(())")));
                        return ok(Value::adopt(new PermitObj(std::move(*p))));
                      });
  return true;
}

bool sem_try_acquire(Interp&, Value* a, uint32_t, Value& out) {
  auto& sem = a[0].as<SemaphoreObj>()->sem;
  if (sem->try_acquire(1)) {
    out = ok(Value::adopt(new PermitObj(SemaphorePermit(sem, 1))));
  } else {
    out = err(Value::adopt(new ErrorObj("try_acquire", "no permits available", "NoPermits")));
  }
  return true;
}

bool sem_add_permits(Interp& in, Value* a, uint32_t n, Value& out) {
  if (n < 2 || !a[1].is_int() || a[1].as_int() < 0) return in.fail("`add_permits` takes a number");
  a[0].as<SemaphoreObj>()->sem->release(static_cast<size_t>(a[1].as_int()));
  out = Value();
  return true;
}

bool sem_available(Interp&, Value* a, uint32_t, Value& out) {
  out = Value::integer(static_cast<int64_t>(a[0].as<SemaphoreObj>()->sem->available_permits()));
  return true;
}

bool permit_forget(Interp&, Value* a, uint32_t, Value& out) {
  a[0].as<PermitObj>()->permit.forget();
  out = Value();
  return true;
}

bool interval_tick(Interp& in, Value* a, uint32_t, Value& out) {
  Value keep = a[0];
  out = engine_future(in.labels.tick, a[0].as<IntervalObj>()->interval.tick(), [keep](uint64_t ms) {
    return Value::adopt(new TimeObj(HandleKind::Instant, static_cast<int64_t>(ms * 1000)));
  });
  return true;
}

bool thread_join(Interp& in, Value*, uint32_t, Value&) {
  return in.fail("unsupported: joining a simulated thread (it would block the executor)");
}

bool error_is_cancelled(Interp&, Value* a, uint32_t, Value& out) {
  out = Value::boolean(a[0].as<ErrorObj>()->kind == "cancelled");
  return true;
}

bool error_is_panic(Interp&, Value* a, uint32_t, Value& out) {
  out = Value::boolean(a[0].as<ErrorObj>()->kind == "panic");
  return true;
}

// Writes a formatted string into a user Display impl's Formatter.
bool formatter_write_str(Interp&, Value* a, uint32_t n, Value& out) {
  if (n > 1 && a[1].is(ObjKind::Str)) a[0].as<FormatterObj>()->out += a[1].as<StrObj>()->text;
  out = ok(Value());
  return true;
}

struct Method {
  HandleKind kind;
  std::string_view name;
  NativeFn fn;
};

const Method kMethods[] = {
    {HandleKind::Context, "waker", context_waker},
    {HandleKind::Waker, "wake", waker_wake},
    {HandleKind::Waker, "wake_by_ref", waker_wake_by_ref},
    {HandleKind::Waker, "clone", waker_clone},
    {HandleKind::Waker, "will_wake", waker_will_wake},
    {HandleKind::JoinHandle, "abort", join_abort},
    {HandleKind::JoinHandle, "is_finished", join_is_finished},
    {HandleKind::OneshotSender, "send", oneshot_send},
    {HandleKind::OneshotSender, "is_closed", oneshot_is_closed},
    {HandleKind::MpscSender, "send", mpsc_send},
    {HandleKind::MpscSender, "try_send", mpsc_try_send},
    {HandleKind::MpscSender, "is_closed", mpsc_is_closed},
    {HandleKind::MpscReceiver, "recv", mpsc_recv},
    {HandleKind::TokioMutex, "lock", tokio_lock},
    {HandleKind::Notify, "notify_one", notify_one},
    {HandleKind::Notify, "notify_waiters", notify_waiters},
    {HandleKind::Notify, "notified", notified},
    {HandleKind::Semaphore, "acquire", sem_acquire},
    {HandleKind::Semaphore, "acquire_owned", sem_acquire},
    {HandleKind::Semaphore, "try_acquire", sem_try_acquire},
    {HandleKind::Semaphore, "add_permits", sem_add_permits},
    {HandleKind::Semaphore, "available_permits", sem_available},
    {HandleKind::Permit, "forget", permit_forget},
    {HandleKind::Interval, "tick", interval_tick},
    {HandleKind::ThreadHandle, "join", thread_join},
    {HandleKind::Error, "is_cancelled", error_is_cancelled},
    {HandleKind::Error, "is_panic", error_is_panic},
    {HandleKind::Formatter, "write_str", formatter_write_str},
};

}  // namespace

bool tokio_method(Interp&, const Value& recv, std::string_view name, NativeFn& fn) {
  if (recv.is(ObjKind::Future) || (recv.is(ObjKind::Handle) && recv.as<HandleObj>()->hkind == HandleKind::JoinHandle)) {
    if (name == "poll") {
      fn = future_poll;
      return true;
    }
    if (name == "as_mut" || name == "as_ref" || name == "boxed") {
      fn = identity;
      return true;
    }
  }
  if (recv.is(ObjKind::Struct) && recv.as<StructObj>()->type->poll_fn >= 0 && (name == "as_mut" || name == "as_ref")) {
    fn = identity;
    return true;
  }
  if (!recv.is(ObjKind::Handle)) return false;
  HandleKind k = recv.as<HandleObj>()->hkind;
  for (const Method& m : kMethods)
    if (m.kind == k && m.name == name) {
      fn = m.fn;
      return true;
    }
  return false;
}

}  // namespace ps::lang
