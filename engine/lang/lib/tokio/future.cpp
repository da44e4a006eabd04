// std::future: ready, pending and poll_fn, and what every future answers to
// (`fut.poll(cx)` from a hand-written poll, `as_mut`, `boxed`).
#include "lang/lib/tokio/tokio_internal.h"

namespace ps::lang {

namespace {

FutureLabel kReadyLabel{"ready"};
FutureLabel kPendingLabel{"pending"};
FutureLabel kPollFn{"poll_fn"};

bool ready_fn(Interp& in, Value* a, uint32_t n, Value& out) {
  out = engine_future(in.label(kReadyLabel), ReadyFuture<Value>(n ? std::move(a[0]) : Value()),
                      [](Value v) { return v; });
  return true;
}

bool pending_fn(Interp& in, Value*, uint32_t, Value& out) {
  out = engine_future(in.label(kPendingLabel), PendingFuture<Value>(), [](Value v) { return v; });
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
  out = Value::adopt(new PollFnObj(in.label(kPollFn), std::move(a[0])));
  return true;
}

// `fut.poll(cx)` from a hand-written poll: polls a child future.
bool future_poll(Interp& in, Value* a, uint32_t n, Value& out) {
  auto* ctx = n > 1 ? handle_of<ContextObj>(a[1], HandleKind::Context) : nullptr;
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

const FnDef kFunctions[] = {
    {"std::future::ready",
     ready_fn,
     0,
     1,
     {"fn ready(T) -> Ready<T>", "A future that is Ready on its first poll.", "std::future::ready(${1})"}},
    {"std::future::pending",
     pending_fn,
     0,
     0,
     {"fn pending() -> Pending<T>", "A future that is never ready (and keeps no waker).", "std::future::pending()"}},
    {"std::future::poll_fn",
     poll_fn_fn,
     1,
     1,
     {"fn poll_fn(|cx| -> Poll<T>)", "Makes a future out of a closure that is called on every poll.",
      "std::future::poll_fn(|cx| {\n\t${1}\n})"}},
};

const MethodDef kFutureMethods[] = {
    {"poll", future_poll},
    {"as_mut", identity},
    {"as_ref", identity},
    {"boxed", identity},
};

const MethodDef kFutureStructMethods[] = {
    {"as_mut", identity},
    {"as_ref", identity},
};

const MethodGroup kMethods[] = {
    {Receiver::Future, kFutureMethods},
    {Receiver::FutureStruct, kFutureStructMethods},
};

FutureLabel* const kLabels[] = {&kReadyLabel, &kPendingLabel, &kPollFn};

}  // namespace

namespace family {

const ApiFamily& std_future() {
  static const ApiFamily f{
      .name = "std::future",
      .summary = "ready, pending and poll_fn, and the methods every future has (poll, as_mut, boxed)",
      .functions = kFunctions,
      .methods = kMethods,
      .labels = kLabels,
  };
  return f;
}

}  // namespace family
}  // namespace ps::lang
