// std::thread: simulated OS threads on the virtual clock. `thread::sleep`
// suspends a thread; inside async code it blocks the executor, and the trace
// says so.
#include "lang/lib/tokio/tokio_internal.h"

namespace ps::lang {

namespace {

struct ThreadHandleObj final : HandleObj {
  explicit ThreadHandleObj(uint32_t t) : HandleObj(HandleKind::ThreadHandle), thread(t) {}
  uint32_t thread;
};

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
  int64_t us = tokio_lib::micros_of(a[0]);
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

bool thread_join(Interp& in, Value*, uint32_t, Value&) {
  return in.fail("unsupported: joining a simulated thread (it would block the executor)");
}

const FnDef kFunctions[] = {
    {"std::thread::spawn",
     thread_spawn,
     1,
     1,
     {"std::thread::spawn(move || { ... })",
      "A simulated OS thread on the virtual clock: it can sleep and then call `waker.wake()` from outside the "
      "executor.",
      "std::thread::spawn(move || {\n\t${1}\n})"}},
    {"std::thread::sleep",
     thread_sleep,
     1,
     1,
     {"std::thread::sleep(Duration)",
      "Blocks the current thread. Inside async code it blocks the whole executor — the trace shows it.",
      "std::thread::sleep(Duration::from_millis(${1:100}))"}},
};

const MethodDef kThreadHandleMethods[] = {
    {"join", thread_join},
};

const MethodGroup kMethods[] = {{HandleKind::ThreadHandle, kThreadHandleMethods}};

}  // namespace

namespace family {

const ApiFamily& std_thread() {
  static const ApiFamily f{
      .name = "std::thread",
      .summary = "Simulated OS threads: spawn, and sleep on the virtual clock",
      .functions = kFunctions,
      .methods = kMethods,
  };
  return f;
}

}  // namespace family
}  // namespace ps::lang
