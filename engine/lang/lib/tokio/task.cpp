// tokio::spawn and tokio::task: tasks, their JoinHandles and JoinErrors, and
// yield_now.
#include "lang/lib/tokio/tokio_internal.h"

namespace ps::lang {

namespace {

FutureLabel kYieldNow{"yield_now"};

bool spawn(Interp& in, Value* a, uint32_t, Value& out) {
  if (!tokio_lib::need_future(in, a[0])) return false;
  JoinHandle<Value> h = in.rt.spawn<Value>(make_task_future(in, std::move(a[0])));
  out = Value::adopt(new JoinHandleObj(in.rt, h.id()));
  return true;
}

bool yield_now_fn(Interp& in, Value*, uint32_t, Value& out) {
  out = engine_future(in.label(kYieldNow), YieldNow(), tokio_lib::unit);
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

bool error_is_cancelled(Interp&, Value* a, uint32_t, Value& out) {
  out = Value::boolean(a[0].as<ErrorObj>()->kind == "cancelled");
  return true;
}

bool error_is_panic(Interp&, Value* a, uint32_t, Value& out) {
  out = Value::boolean(a[0].as<ErrorObj>()->kind == "panic");
  return true;
}

bool join_handle_text(Interp&, const Value& v, bool, std::string& out) {
  out += "JoinHandle { id: Id(" + std::to_string(v.as<JoinHandleObj>()->handle.id()) + ") }";
  return true;
}

const FnDef kFunctions[] = {
    {"tokio::spawn",
     spawn,
     1,
     1,
     {"tokio::spawn(future) -> JoinHandle<T>",
      "Starts a new task on the executor. It runs on its own; await the handle to get its result.",
      "tokio::spawn(async move {\n\t${1}\n})"}},
    {"tokio::task::yield_now",
     yield_now_fn,
     0,
     0,
     {"async fn yield_now()",
      "Returns Pending once and lets other tasks run. Tokio defers the wake until the run queue drains.",
      "tokio::task::yield_now().await"}},
};

const MethodDef kJoinHandleMethods[] = {
    {"abort",
     join_abort,
     {"fn abort(&self)",
      "Cancels the task: its future is dropped at the next chance, and awaiting the handle gives an error.", "abort()",
      "JoinHandle::abort"}},
    {"is_finished",
     join_is_finished,
     {"fn is_finished(&self) -> bool", "True once the spawned task has completed or been aborted.", "is_finished()"}},
};

// JoinError's questions; every runtime-library error value answers them.
const MethodDef kErrorMethods[] = {
    {"is_cancelled", error_is_cancelled},
    {"is_panic", error_is_panic},
};

const MethodGroup kMethods[] = {
    {HandleKind::JoinHandle, kJoinHandleMethods},
    {HandleKind::Error, kErrorMethods},
};

FutureLabel* const kLabels[] = {&kYieldNow};

const DocDef kDocs[] = {
    {"tokio::main",
     {"#[tokio::main] async fn main()",
      "Runs `main` as the block_on future of a current_thread runtime with paused time.",
      "#[tokio::main]",
      {},
      DocKind::Macro}},
};
const TextRule kTexts[] = {{HandleKind::JoinHandle, join_handle_text}};

}  // namespace

namespace family {

const ApiFamily& tokio_task() {
  static const ApiFamily f{
      .name = "tokio::task",
      .summary = "tokio::spawn, JoinHandle (await, abort, is_finished), JoinError and yield_now",
      .functions = kFunctions,
      .methods = kMethods,
      .labels = kLabels,
      .texts = kTexts,
      .docs = kDocs,
  };
  return f;
}

}  // namespace family
}  // namespace ps::lang
