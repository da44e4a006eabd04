// The async half of the runtime library: tokio (spawn, time, sync, join!,
// select!), futures (join_all, select_all), std::future, std::task and
// std::thread, each mapped onto the engine's own futures.
#include "lang/lib/registry.h"
#include "lang/vm/interp.h"

namespace ps::lang {

BoxFuture<Value> make_task_future(Interp& in, Value fut);

namespace {

Value unit(Unit) { return Value(); }

int64_t micros_of(const Value& d) {
  if (d.is(ObjKind::Handle) &&
      (d.as<HandleObj>()->hkind == HandleKind::Duration || d.as<HandleObj>()->hkind == HandleKind::Instant))
    return d.as<TimeObj>()->us;
  return -1;
}

template <class F, class C>
Value engine_future(uint32_t label, F f, C c) {
  return Value::adopt(new EngineFutureObj<F, C>(label, std::move(f), std::move(c)));
}

bool need_future(Interp& in, const Value& v) {
  if (in.is_awaitable(v)) return true;
  return in.fail("expected a future (an async fn call, an async block, or a type implementing Future)");
}

Value error_value(const char* kind, const char* display, const char* debug, Value payload = {}) {
  return Value::adopt(new ErrorObj(kind, display, debug, std::move(payload)));
}

// --- tokio::spawn, time ---------------------------------------------------------------

bool spawn(Interp& in, Value* a, uint32_t, Value& out) {
  if (!need_future(in, a[0])) return false;
  JoinHandle<Value> h = in.rt.spawn<Value>(make_task_future(in, std::move(a[0])));
  out = Value::adopt(new JoinHandleObj(in.rt, h.id()));
  return true;
}

bool time_sleep(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t us = micros_of(a[0]);
  if (us < 0) return in.fail("`sleep` takes a `Duration`");
  out = engine_future(in.labels.sleep, sleep(in.rt, Duration::from_micros(static_cast<uint64_t>(us))), unit);
  return true;
}

bool time_sleep_until(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t us = micros_of(a[0]);
  if (us < 0) return in.fail("`sleep_until` takes an `Instant`");
  out = engine_future(in.labels.sleep, sleep_until(in.rt, (static_cast<uint64_t>(us) + 999) / 1000), unit);
  return true;
}

bool time_timeout(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t us = micros_of(a[0]);
  if (us < 0) return in.fail("`timeout` takes a `Duration` first");
  if (!need_future(in, a[1])) return false;
  auto t = timeout(in.rt, Duration::from_micros(static_cast<uint64_t>(us)), in.engine_future(std::move(a[1])));
  out = engine_future(in.labels.timeout, std::move(t), [](Result<Value, Elapsed> r) {
    return r.is_ok() ? ok(std::move(r.value())) : err(error_value("elapsed", "deadline has elapsed", "Elapsed(())"));
  });
  return true;
}

bool time_interval(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t us = micros_of(a[0]);
  if (us <= 0) return in.fail("`interval` needs a non-zero `Duration`");
  out = Value::adopt(new IntervalObj(interval(in.rt, Duration::from_micros(static_cast<uint64_t>(us)))));
  return true;
}

bool yield_now_fn(Interp& in, Value*, uint32_t, Value& out) {
  out = engine_future(in.labels.yield_now, YieldNow(), unit);
  return true;
}

bool ready_fn(Interp& in, Value* a, uint32_t n, Value& out) {
  out = engine_future(in.labels.ready, ReadyFuture<Value>(n ? std::move(a[0]) : Value()), [](Value v) { return v; });
  return true;
}

bool pending_fn(Interp& in, Value*, uint32_t, Value& out) {
  out = engine_future(in.labels.pending, PendingFuture<Value>(), [](Value v) { return v; });
  return true;
}

// poll_fn(|cx| ...): each poll calls the closure with the context.
struct PollFnObj final : FutureObj {
  PollFnObj(uint32_t label, Value f) : FutureObj(label), f(std::move(f)) {}
  PollResult poll(Interp& in, Context& cx, Value& out) override {
    auto* ctx = new ContextObj(&cx);
    Value keep = Value::adopt(ctx);  // the call moves `arg` away; `ctx->cx` is cleared after it
    Value arg = keep;
    Value r;
    bool ok = in.call_value(f, &arg, 1, r);
    ctx->cx = nullptr;
    if (!ok) return PollResult::Error;
    if (!r.is(ObjKind::Enum) || r.as<EnumObj>()->enum_id != kPoll) {
      in.fail("the closure of `poll_fn` must return `Poll::Ready(value)` or `Poll::Pending`");
      return PollResult::Error;
    }
    if (r.as<EnumObj>()->variant == kPending) return PollResult::Pending;
    out = r.as<EnumObj>()->payload[0];
    return PollResult::Ready;
  }
  Value f;
};

bool poll_fn_fn(Interp& in, Value* a, uint32_t, Value& out) {
  if (!a[0].is(ObjKind::Closure)) return in.fail("`poll_fn` takes a closure");
  out = Value::adopt(new PollFnObj(in.labels.poll_fn, std::move(a[0])));
  return true;
}

// --- join!, try_join!, select!, join_all, select_all ---------------------------------

std::vector<BoxFuture<Value>> children(Interp& in, Value* a, uint32_t n, bool& ok) {
  std::vector<BoxFuture<Value>> out;
  ok = true;
  for (uint32_t i = 0; i < n; ++i) {
    if (!need_future(in, a[i])) {
      ok = false;
      return out;
    }
    out.push_back(in.engine_future(std::move(a[i])));
  }
  return out;
}

Value tuple_of(std::vector<Value> v) { return make_tuple(std::move(v)); }

bool join_impl(Interp& in, Value* a, uint32_t n, Value& out, bool rotate) {
  bool ok;
  auto kids = children(in, a, n, ok);
  if (!ok) return false;
  out = engine_future(in.labels.join, Join<Value>(std::move(kids), rotate), tuple_of);
  return true;
}
bool tokio_join(Interp& in, Value* a, uint32_t n, Value& out) { return join_impl(in, a, n, out, true); }
bool futures_join(Interp& in, Value* a, uint32_t n, Value& out) { return join_impl(in, a, n, out, false); }

// try_join!: like join!, but the first Err ends it (the others are dropped);
// runs on the engine's TryJoin. Output: Ok((a, b, ...)) or that Err.
bool is_err_value(const Value& v) {
  return v.is(ObjKind::Enum) && v.as<EnumObj>()->enum_id == kResult && v.as<EnumObj>()->variant == kErr;
}

bool try_join_impl(Interp& in, Value* a, uint32_t n, Value& out, bool rotate) {
  bool good;
  auto kids = children(in, a, n, good);
  if (!good) return false;
  auto to_result = [](TryJoined<Value> r) {
    if (r.error) return std::move(*r.error);
    for (Value& v : r.outputs)
      if (v.is(ObjKind::Enum) && v.as<EnumObj>()->enum_id == kResult) v = Value(v.as<EnumObj>()->payload[0]);
    return ok(make_tuple(std::move(r.outputs)));
  };
  out = engine_future(in.labels.join, TryJoin<Value>(std::move(kids), rotate, is_err_value), to_result);
  return true;
}
bool tokio_try_join(Interp& in, Value* a, uint32_t n, Value& out) { return try_join_impl(in, a, n, out, true); }
bool futures_try_join(Interp& in, Value* a, uint32_t n, Value& out) { return try_join_impl(in, a, n, out, false); }

// select!: see Compiler::select_macro. Arguments: biased, then per branch its
// precondition, its future and its pattern test (a closure, or unit when any
// output matches). Runs on the engine's Select; output: (branch index or -1
// for `else`, value).
bool tokio_select(Interp& in, Value* a, uint32_t n, Value& out) {
  uint32_t branches = (n - 1) / 3;
  bool biased = a[0].is_bool() && a[0].as_bool();
  std::vector<BoxFuture<Value>> futs;
  std::vector<bool> disabled;
  std::vector<Value> tests;
  for (uint32_t i = 0; i < branches; ++i) {
    bool enabled = a[1 + i].is_bool() && a[1 + i].as_bool();
    Value& f = a[1 + branches + i];
    if (enabled && !need_future(in, f)) return false;
    disabled.push_back(!enabled);
    futs.push_back(in.engine_future(std::move(f)));  // a disabled branch's future is kept, never polled
    tests.push_back(std::move(a[1 + 2 * branches + i]));
  }
  // A pattern that refuses the output disables its branch; a failing test has
  // set the panic, which ends the task's poll.
  auto accepts = [&in, tests = std::move(tests)](size_t k, const Value& v) {
    if (!tests[k].is(ObjKind::Closure)) return true;
    Value arg = v, matched;
    return in.call_value(tests[k], &arg, 1, matched) && matched.is_bool() && matched.as_bool();
  };
  auto to_tuple = [](Selected<Value> s) {
    if (s.index == Selected<Value>::kElse) return make_tuple({Value::integer(-1), Value()});
    return make_tuple({Value::integer(static_cast<int64_t>(s.index)), std::move(*s.value)});
  };
  out = engine_future(in.labels.select, Select<Value>(std::move(futs), biased, accepts, std::move(disabled)), to_tuple);
  return true;
}

bool join_all_fn(Interp& in, Value* a, uint32_t, Value& out) {
  if (!a[0].is(ObjKind::Vec)) return in.fail("`join_all` takes a Vec of futures");
  auto items = a[0].as<VecObj>()->items;
  bool ok;
  auto kids = children(in, items.data(), static_cast<uint32_t>(items.size()), ok);
  if (!ok) return false;
  out = engine_future(in.labels.join_all, Join<Value>(std::move(kids), false),
                      [](std::vector<Value> v) { return make_vec(std::move(v)); });
  return true;
}

// select_all: the first to finish, its index, and the rest (still running).
struct SelectAllObj final : FutureObj {
  SelectAllObj(uint32_t label, std::vector<Value> f) : FutureObj(label), futs(std::move(f)), paths(futs.size()) {}
  PollResult poll(Interp& in, Context& cx, Value& out) override {
    for (size_t k = 0; k < futs.size(); ++k) {
      Value v;
      PollResult r = in.poll_awaitable(futs[k], paths[k], cx, v);
      if (r == PollResult::Error) return r;
      if (r == PollResult::Pending) continue;
      futs[k] = Value();
      std::vector<Value> rest;
      for (size_t j = 0; j < futs.size(); ++j)
        if (j != k) rest.push_back(std::move(futs[j]));
      futs.clear();
      out = make_tuple({std::move(v), Value::integer(static_cast<int64_t>(k)), make_vec(std::move(rest))});
      return PollResult::Ready;
    }
    return PollResult::Pending;
  }
  std::vector<Value> futs;
  std::vector<uint32_t> paths;
};

bool select_all_fn(Interp& in, Value* a, uint32_t, Value& out) {
  if (!a[0].is(ObjKind::Vec) || a[0].as<VecObj>()->items.empty())
    return in.fail("`select_all` takes a non-empty Vec of futures");
  out = Value::adopt(new SelectAllObj(in.labels.select_all, a[0].as<VecObj>()->items));
  return true;
}

// --- sync ------------------------------------------------------------------------------------

bool oneshot_channel(Interp& in, Value*, uint32_t, Value& out) {
  auto [tx, rx] = oneshot::channel<Value>();
  Value rxv = engine_future(in.labels.oneshot, std::move(rx), [](Result<Value, oneshot::RecvError> r) {
    return r.is_ok() ? ok(std::move(r.value())) : err(error_value("recv", "channel closed", "RecvError(())"));
  });
  out = make_tuple({Value::adopt(new OneshotSenderObj(std::move(tx))), std::move(rxv)});
  return true;
}

bool mpsc_channel(Interp& in, Value* a, uint32_t, Value& out) {
  if (!a[0].is_int() || a[0].as_int() <= 0) return in.fail("mpsc bounded channel requires buffer > 0");
  auto [tx, rx] = mpsc::channel<Value>(static_cast<size_t>(a[0].as_int()));
  out = make_tuple(
      {Value::adopt(new MpscSenderObj(std::move(tx), true)), Value::adopt(new MpscReceiverObj(std::move(rx)))});
  return true;
}

bool mpsc_unbounded(Interp&, Value*, uint32_t, Value& out) {
  auto [tx, rx] = mpsc::unbounded_channel<Value>();
  out = make_tuple(
      {Value::adopt(new MpscSenderObj(std::move(tx), false)), Value::adopt(new MpscReceiverObj(std::move(rx)))});
  return true;
}

bool tokio_mutex_new(Interp&, Value* a, uint32_t, Value& out) {
  out = Value::adopt(new MutexObj(HandleKind::TokioMutex, std::move(a[0])));
  return true;
}

bool notify_new(Interp&, Value*, uint32_t, Value& out) {
  out = Value::adopt(new NotifyObj());
  return true;
}

bool semaphore_new(Interp& in, Value* a, uint32_t, Value& out) {
  if (!a[0].is_int() || a[0].as_int() < 0) return in.fail("`Semaphore::new` takes a number of permits");
  out = Value::adopt(new SemaphoreObj(static_cast<size_t>(a[0].as_int())));
  return true;
}

// --- std::thread ------------------------------------------------------------------------------

// A simulated OS thread running a closure; thread::sleep suspends it on the
// virtual clock.
class LangThread final : public ThreadBody {
 public:
  LangThread(Interp& in, const Value& closure) : in_(in) {
    auto* c = closure.as<ClosureObj>();
    in_.enter(co_, c->fn, nullptr, 0, &c->captures);
    co_.in_thread = true;
  }
  ThreadStep resume(Runtime&) override {
    in_.steps_reset();
    Value out;
    RunOutcome r = in_.run(co_, nullptr, out);
    if (r == RunOutcome::Sleep) {
      uint64_t us = co_.sleep_request_us;
      co_.sleep_request_us = 0;
      return ThreadStep::Sleep(us);
    }
    if (in_.failed() && in_.stopping()) {
      in_.clear_panic();  // the run stops at the limit
    } else if (r == RunOutcome::Error || in_.failed()) {
      in_.output("thread '<unnamed>' panicked at src/main.rs:" + in_.location() + ":\n" + in_.panic_message() + "\n",
                 true);
      in_.rt.diagnostic(DiagnosticCode::Panic, "a thread panicked: " + in_.panic_message());
      in_.clear_panic();
    }
    return ThreadStep::Done();
  }

 private:
  Interp& in_;
  Coroutine co_;
};

bool thread_spawn(Interp& in, Value* a, uint32_t, Value& out) {
  if (!a[0].is(ObjKind::Closure)) return in.fail("`thread::spawn` takes a closure");
  uint32_t id = in.rt.spawn_thread(std::make_unique<LangThread>(in, a[0]), "thread");
  out = Value::adopt(new ThreadHandleObj(id));
  return true;
}

bool thread_sleep(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t us = micros_of(a[0]);
  if (us < 0) return in.fail("`thread::sleep` takes a `Duration`");
  out = Value();
  Coroutine* co = in.current_coroutine();
  if (co && co->in_thread) {
    co->sleep_request_us = static_cast<uint64_t>(us);
    return true;
  }
  if (in.rt.in_poll())
    in.rt.diagnostic(DiagnosticCode::BlockedExecutor,
                     "std::thread::sleep inside async code blocks the executor for " + std::to_string(us / 1000) +
                         "ms: no other task can run meanwhile (use tokio::time::sleep(...).await)");
  in.rt.block_for(static_cast<uint64_t>(us));
  return true;
}

// Box::pin(fut): the future moves to the heap; the Box may be moved freely.
struct PinnedBoxObj final : FutureObj {
  PinnedBoxObj(uint32_t label, Value inner) : FutureObj(label), inner(std::move(inner)) {}
  PollResult poll(Interp& in, Context& cx, Value& out) override { return in.poll_direct(inner, cx, out); }
  Value inner;
};

bool box_pin(Interp& in, Value* a, uint32_t, Value& out) {
  if (!in.is_awaitable(a[0]) || a[0].is(ObjKind::Future)) {
    if (a[0].is(ObjKind::Future)) {
      auto* f = a[0].as<FutureObj>();
      out = Value::adopt(new PinnedBoxObj(f->label, std::move(a[0])));
    } else {
      out = std::move(a[0]);
    }
    return true;
  }
  uint32_t label = a[0].is(ObjKind::Struct) ? in.label(a[0].as<StructObj>()->type->name) : in.labels.join_handle;
  out = Value::adopt(new PinnedBoxObj(label, std::move(a[0])));
  return true;
}

// Moving a value out of its place (mem::swap/replace/take): a future that
// was polled in place is pinned, and moving it is refused with the reason.
bool check_unpinned(Interp& in, Value* a, uint32_t, Value& out) {
  bool pinned = false;
  if (a[0].is(ObjKind::Future)) {
    auto* f = a[0].as<FutureObj>();
    pinned = f->polled && !f->done && !dynamic_cast<PinnedBoxObj*>(f);
  } else if (a[0].is(ObjKind::Struct)) {
    pinned = a[0].as<StructObj>()->polled;
  }
  if (pinned)
    return in.fail(
        "cannot move this future out of its place: it was already polled, so it is pinned "
        "(`Pin<&mut Self>`). An async state machine may hold references into itself; moving it "
        "would leave them pointing at the old address. Pin it on the heap with `Box::pin` and move "
        "the Box instead");
  out = std::move(a[0]);
  return true;
}

// What `place.take()` leaves behind: None for an Option, the value itself otherwise.
bool taken_rest(Interp&, Value* a, uint32_t, Value& out) {
  if (a[0].is(ObjKind::Enum) && a[0].as<EnumObj>()->enum_id == kOption) {
    out = none();
  } else {
    out = std::move(a[0]);
  }
  return true;
}

// What `place.replace(v)` leaves behind: Some(v) for an Option.
bool replaced_rest(Interp&, Value* a, uint32_t, Value& out) {
  if (a[0].is(ObjKind::Enum) && a[0].as<EnumObj>()->enum_id == kOption) {
    out = some(std::move(a[1]));
  } else {
    out = std::move(a[0]);
  }
  return true;
}

// mem::take: the default of the value's own kind.
bool default_like(Interp& in, Value* a, uint32_t, Value& out) {
  const Value& v = a[0];
  if (v.is(ObjKind::Enum) && v.as<EnumObj>()->enum_id == kOption)
    out = none();
  else if (v.is(ObjKind::Vec))
    out = make_vec({});
  else if (v.is(ObjKind::Str))
    out = make_str("");
  else if (v.is_int())
    out = Value::integer(0);
  else if (v.is_float())
    out = Value::floating(0);
  else if (v.is_bool())
    out = Value::boolean(false);
  else
    return in.fail("unsupported: `std::mem::take` of this type (no known Default)");
  return true;
}

const NativeDef kNatives[] = {
    {"std::boxed::Box::pin", box_pin, 1, 1},
    {"pollscope::check_unpinned", check_unpinned, 1, 1},
    {"pollscope::taken_rest", taken_rest, 1, 1},
    {"pollscope::replaced_rest", replaced_rest, 2, 2},
    {"pollscope::default_like", default_like, 1, 1},
    {"tokio::spawn", spawn, 1, 1},
    {"tokio::time::sleep", time_sleep, 1, 1},
    {"tokio::time::sleep_until", time_sleep_until, 1, 1},
    {"tokio::time::timeout", time_timeout, 2, 2},
    {"tokio::time::interval", time_interval, 1, 1},
    {"tokio::task::yield_now", yield_now_fn, 0, 0},
    {"std::future::ready", ready_fn, 0, 1},
    {"std::future::pending", pending_fn, 0, 0},
    {"std::future::poll_fn", poll_fn_fn, 1, 1},
    {"tokio::join", tokio_join, 0, 64},
    {"futures::join", futures_join, 0, 64},
    {"tokio::try_join", tokio_try_join, 0, 64},
    {"futures::try_join", futures_try_join, 0, 64},
    {"tokio::select", tokio_select, 1, 193},
    {"futures::future::join_all", join_all_fn, 1, 1},
    {"futures::future::select_all", select_all_fn, 1, 1},
    {"tokio::sync::oneshot::channel", oneshot_channel, 0, 0},
    {"tokio::sync::mpsc::channel", mpsc_channel, 1, 1},
    {"tokio::sync::mpsc::unbounded_channel", mpsc_unbounded, 0, 0},
    {"tokio::sync::Mutex::new", tokio_mutex_new, 1, 1},
    {"tokio::sync::Notify::new", notify_new, 0, 0},
    {"tokio::sync::Semaphore::new", semaphore_new, 1, 1},
    {"std::thread::spawn", thread_spawn, 1, 1},
    {"std::thread::sleep", thread_sleep, 1, 1},
};

}  // namespace

NativeList tokio_natives() { return {kNatives, sizeof kNatives / sizeof kNatives[0]}; }

}  // namespace ps::lang
