// std::task: Poll, Context and Waker — how a future asks to be polled again.
// Also the docs of the `Future` trait the page explains.
#include "lang/lib/tokio/tokio_internal.h"

namespace ps::lang {

namespace {

using tokio_lib::wake_origin;

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
  auto* other = n > 1 ? handle_of<WakerObj>(a[1], HandleKind::Waker) : nullptr;
  if (!other) return in.fail("`will_wake` takes another Waker");
  out = Value::boolean(a[0].as<WakerObj>()->waker.will_wake(other->waker));
  return true;
}

// A cloned Waker wakes the same task (the trace shows the clone).
bool clone_waker(Interp&, const Value& v, Value& out) {
  out = Value::adopt(new WakerObj(v.as<WakerObj>()->waker));
  return true;
}

bool waker_text(Interp&, const Value& v, bool, std::string& out) {
  out += "Waker { task: " + std::to_string(v.as<WakerObj>()->waker.task()) + " }";
  return true;
}

bool context_text(Interp&, const Value&, bool, std::string& out) {
  out += "Context { .. }";
  return true;
}

const MethodDef kContextMethods[] = {
    {"waker",
     context_waker,
     {"fn waker(&self) -> &Waker",
      "The waker of the task being polled. Keep a clone (or call wake_by_ref) so the task gets polled again.",
      "cx.waker()", "cx.waker"}},
};

const MethodDef kWakerMethods[] = {
    {"wake", waker_wake, {"fn wake(self)", "Schedules the task to be polled again, consuming this waker.", "wake()"}},
    {"wake_by_ref",
     waker_wake_by_ref,
     {"fn wake_by_ref(&self)",
      "Schedules the task to be polled again without consuming the waker. Calling it from inside poll is a "
      "self-wake.",
      "wake_by_ref()"}},
    {"clone",
     waker_clone,
     {"fn clone(&self) -> Waker",
      "Another handle to the same value; for a Waker, to the same task (the trace shows waker clones and drops).",
      "clone()"}},
    {"will_wake",
     waker_will_wake,
     {"fn will_wake(&self, other: &Waker) -> bool",
      "True when both wakers wake the same task, so a stored waker need not be replaced.", "will_wake(${1})"}},
};

const MethodGroup kMethods[] = {
    {HandleKind::Context, kContextMethods},
    {HandleKind::Waker, kWakerMethods},
};

const CloneRule kClones[] = {{HandleKind::Waker, clone_waker}};
const TextRule kTexts[] = {{HandleKind::Waker, waker_text}, {HandleKind::Context, context_text}};

const DocDef kDocs[] = {
    {"Poll::Ready",
     {"Poll::Ready(T)",
      "The future has finished; the value is handed to whoever awaited it, and the future must not be polled again.",
      "Poll::Ready(${1})",
      {},
      DocKind::Variant}},
    {"Poll::Pending",
     {"Poll::Pending",
      "Not done yet. Before returning it, make sure a waker is kept somewhere, or nobody will ever poll this task "
      "again.",
      "Poll::Pending",
      {},
      DocKind::Variant}},
    {"Future",
     {"trait Future { type Output; fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output>; }",
      "A value that may not be ready yet. Nothing happens until an executor polls it.",
      "Future",
      {},
      DocKind::Type}},
    {"Context",
     {"Context<'_>",
      "What the executor passes to `poll`; `cx.waker()` is the way back to the executor.",
      "Context",
      {},
      DocKind::Type}},
};

}  // namespace

namespace family {

const ApiFamily& std_task() {
  static const ApiFamily f{
      .name = "std::task",
      .summary = "Poll, Context and Waker: how a future asks to be polled again",
      .methods = kMethods,
      .clones = kClones,
      .texts = kTexts,
      .docs = kDocs,
  };
  return f;
}

}  // namespace family
}  // namespace ps::lang
