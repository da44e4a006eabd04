// The interpreter's glue to the engine: starting main, futures (async frames,
// user `impl Future`s, natives), synchronous calls from native code, drops,
// panics, and the FormatHost services.
#include "lang/vm/interp.h"

#include "lang/vm/natives.h"

namespace ps::lang {

namespace {

Interp* g_current = nullptr;

// The future of an async fn call or async block: its coroutine.
struct AsyncFrameObj final : FutureObj {
  explicit AsyncFrameObj(uint32_t label) : FutureObj(label) {}
  PollResult poll(Interp& in, Context& cx, Value& out) override {
    if (done) {
      in.fail("`async fn` resumed after completion: a future was polled after it returned Ready");
      return PollResult::Error;
    }
    RunOutcome r = in.run(co, &cx, out);
    if (r == RunOutcome::Pending) return PollResult::Pending;
    done = true;
    co = Coroutine();
    return r == RunOutcome::Done ? PollResult::Ready : PollResult::Error;
  }
  Coroutine co;
};

// A task's future as the engine sees it: it polls the language future and
// turns a panic into the end of the task, as Rust's runtime does.
class TaskFuture final : public Future<Value> {
 public:
  TaskFuture(Interp& in, Value fut) : in_(in), fut_(std::move(fut)) {}
  Poll<Value> poll(Context& cx) override {
    in_.steps_reset();
    Value out;
    PollResult r = in_.poll_direct(fut_, cx, out);
    if (r == PollResult::Pending && !in_.failed()) return Pending;
    if (in_.failed() && in_.at_limit()) {
      // The run stops at the limit: the task is dropped with the others, not panicked.
      in_.clear_panic();
      fut_ = Value();
      return Pending;
    }
    if (in_.failed()) {
      std::string msg = in_.panic_message();
      in_.output("thread 'main' panicked at src/main.rs:" + in_.location() + ":\n" + msg +
                     "\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n",
                 true);
      in_.rt.panic_current(msg + " (at " + in_.location() + ")");
      in_.clear_panic();
      fut_ = Value();
      return Ready(Value());
    }
    fut_ = Value();
    return Ready(std::move(out));
  }

 private:
  Interp& in_;
  Value fut_;
};

// A language future as a child of an engine combinator (join, select, timeout).
class ChildFuture final : public Future<Value> {
 public:
  ChildFuture(Interp& in, Value fut) : in_(in), fut_(std::move(fut)) {}
  Poll<Value> poll(Context& cx) override {
    if (in_.failed()) return Pending;  // the task is panicking: run no more of its code
    Value out;
    PollResult r = in_.poll_awaitable(fut_, path_, cx, out);
    if (r != PollResult::Ready) return Pending;
    return Ready(std::move(out));
  }

 private:
  Interp& in_;
  Value fut_;
  uint32_t path_ = 0;
};

// A synchronous `fn main()`: runs once inside the block_on future.
struct SyncMainObj final : FutureObj {
  SyncMainObj(uint32_t label, uint32_t fn) : FutureObj(label), fn(fn) {}
  PollResult poll(Interp& in, Context&, Value& out) override {
    return in.call_fn(fn, nullptr, 0, out) ? PollResult::Ready : PollResult::Error;
  }
  uint32_t fn;
};

}  // namespace

Interp* current_interp() { return g_current; }

std::string describe(const Value& v) {
  if (v.is_unit()) return "()";
  Interp* in = current_interp();
  std::string out, error;
  if (!in || !debug(*in, v, false, out, error)) return "…";
  if (out.size() > 60) out = out.substr(0, 57) + "...";
  return out;
}

StructObj::~StructObj() { drop_in_order(fields); }

Value* guarded_slot(const Value& v) {
  if (v.is(ObjKind::Cell)) return &v.as<CellObj>()->value;
  if (!v.is(ObjKind::Handle) || v.as<HandleObj>()->hkind != HandleKind::Guard) return nullptr;
  const Value& m = v.as<GuardObj>()->mutex;
  if (!m.is(ObjKind::Handle)) return nullptr;
  const Value& cell = static_cast<MutexObj*>(m.as<HandleObj>())->cell;
  return cell.is(ObjKind::Cell) ? &cell.as<CellObj>()->value : nullptr;
}

GuardObj::~GuardObj() {
  if (mutex.is(ObjKind::Handle)) mutex.as<MutexObj>()->locked = false;
}

namespace {

void destroy_one(Obj* o) {
  if (o->kind == ObjKind::Struct) {
    auto* s = static_cast<StructObj*>(o);
    Interp* in = current_interp();
    if (in && s->type && s->type->drop_fn >= 0 && !s->dropping) {
      s->dropping = true;
      o->rc = 1;
      in->run_drop(s);
      if (--o->rc != 0) return;
    }
  }
  delete o;
}

}  // namespace

// Frees an object whose last reference went; a user `impl Drop` runs first.
// Values nested deeper than kMaxDestroyDepth (a Vec in a Vec in ...) are freed
// by the outermost call's loop instead of by recursion, which would overflow
// the native stack.
void destroy_obj(Obj* o) {
  constexpr int kMaxDestroyDepth = 256;
  static thread_local int depth = 0;
  static thread_local std::vector<Obj*> deferred;
  if (depth >= kMaxDestroyDepth) {
    deferred.push_back(o);
    return;
  }
  ++depth;
  destroy_one(o);
  if (depth == 1) {
    for (size_t i = 0; i < deferred.size(); ++i) destroy_one(deferred[i]);
    deferred.clear();
  }
  --depth;
}

Interp::Interp(const Program& program, Runtime& runtime, const NativeTable& natives_table, LangLimits limits)
    : prog(program), rt(runtime), natives(natives_table), limits_(limits) {
  g_current = this;
  for (const std::string& s : prog.strings) str_consts_.push_back(make_str(s));
  labels.sleep = label("sleep");
  labels.yield_now = label("yield_now");
  labels.join_handle = label("JoinHandle");
  labels.recv = label("recv");
  labels.send = label("send");
  labels.timeout = label("timeout");
  labels.join = label("join!");
  labels.select = label("select!");
  labels.oneshot = label("oneshot::Receiver");
  labels.lock = label("lock");
  labels.notified = label("notified");
  labels.acquire = label("acquire");
  labels.tick = label("tick");
  labels.ready = label("ready");
  labels.pending = label("pending");
  labels.poll_fn = label("poll_fn");
  labels.join_all = label("join_all");
  labels.select_all = label("select_all");
  labels.main = label("main");
  labels.thread = label("thread");
  for (size_t i = 1; i < prog.spans.size(); ++i) {
    const Span& s = prog.spans[i];
    rt.trace().add_span(SourceSpan{s.line, s.col, s.len});
  }
}

Interp::~Interp() {
  str_consts_.clear();
  if (g_current == this) g_current = nullptr;
}

void Interp::start() {
  Value main;
  if (prog.main_is_async) {
    main = make_async(static_cast<uint32_t>(prog.main_fn), nullptr, 0, nullptr);
  } else {
    main = Value::adopt(new SyncMainObj(labels.main, static_cast<uint32_t>(prog.main_fn)));
  }
  rt.start<Value>(std::make_unique<TaskFuture>(*this, std::move(main)));
}

Value Interp::make_async(uint32_t fn, Value* args, uint32_t nargs, const std::vector<Value>* captures) {
  auto* f = new AsyncFrameObj(label(prog.fns[fn].name));
  enter(f->co, fn, args, nargs, captures);
  return Value::adopt(f);
}

bool Interp::call_fn(uint32_t fn, Value* args, uint32_t nargs, Value& out) {
  if (!depth_ok(depth_)) return false;
  const FnProto& p = prog.fns[fn];
  if (p.is_async) {
    out = make_async(fn, args, nargs, nullptr);
    return true;
  }
  Coroutine co;
  enter(co, fn, args, nargs, nullptr);
  ++depth_;
  RunOutcome r = run(co, nullptr, out);
  --depth_;
  return r == RunOutcome::Done;
}

bool Interp::call_value(const Value& callee, Value* args, uint32_t nargs, Value& out) {
  if (!callee.is(ObjKind::Closure)) return fail("this value is not a function");
  auto* c = callee.as<ClosureObj>();
  const FnProto& p = prog.fns[c->fn];
  if (p.arity != nargs)
    return fail("this closure takes " + std::to_string(p.arity) + " argument(s) but " + std::to_string(nargs) +
                " were supplied");
  if (p.is_async) {
    out = make_async(c->fn, args, nargs, &c->captures);
    return true;
  }
  if (!depth_ok(depth_)) return false;
  Coroutine co;
  enter(co, c->fn, args, nargs, &c->captures);
  ++depth_;
  RunOutcome r = run(co, nullptr, out);
  --depth_;
  return r == RunOutcome::Done;
}

void Interp::run_drop(StructObj* s) {
  bool was_panicking = panicking_;
  std::string saved_msg = panic_message_;
  panicking_ = false;
  Value self = Value::object(s);
  Value out;
  uint32_t saved_span = span_;
  bool ok = call_fn(static_cast<uint32_t>(s->type->drop_fn), &self, 1, out);
  span_ = saved_span;
  if (!ok && !was_panicking) return;  // the drop's own panic stands
  panicking_ = was_panicking;
  panic_message_ = saved_msg;
}

// --- Futures -------------------------------------------------------------------------

bool Interp::is_awaitable(const Value& v) const {
  if (v.is(ObjKind::Future)) return true;
  if (v.is(ObjKind::Struct)) return v.as<StructObj>()->type->poll_fn >= 0;
  if (v.is(ObjKind::Handle)) return v.as<HandleObj>()->hkind == HandleKind::JoinHandle;
  return false;
}

PollResult Interp::poll_awaitable(Value& fut, uint32_t& path, Context& cx, Value& out) {
  if (path == 0) {
    uint32_t lab;
    if (fut.is(ObjKind::Future))
      lab = fut.as<FutureObj>()->label;
    else if (fut.is(ObjKind::Struct))
      lab = label(fut.as<StructObj>()->type->name);
    else
      lab = labels.join_handle;
    path = rt.trace().child_path(cx.path(), lab, cx.task());
  }
  if (!depth_ok(depth_)) return PollResult::Error;
  ++depth_;
  rt.enter_future(path);
  PollResult r;
  {
    Waker w = rt.make_waker(cx.task(), path);
    Context inner(rt, w);
    r = poll_direct(fut, inner, out);
  }
  rt.exit_future(path, r == PollResult::Ready);
  --depth_;
  return r;
}

PollResult Interp::poll_direct(Value& fut, Context& cx, Value& out) {
  if (fut.is(ObjKind::Future)) {
    auto* f = fut.as<FutureObj>();
    f->polled = true;
    return f->poll(*this, cx, out);
  }
  if (fut.is(ObjKind::Struct) && fut.as<StructObj>()->type->poll_fn >= 0) {
    auto* s = fut.as<StructObj>();
    s->polled = true;
    auto* ctx = new ContextObj(&cx);
    Value keep = Value::adopt(ctx);  // `ctx->cx` is cleared below, after the callee let go
    Value args[2] = {fut, keep};
    Value result;
    bool ok = call_fn(static_cast<uint32_t>(s->type->poll_fn), args, 2, result);
    ctx->cx = nullptr;
    if (!ok) return PollResult::Error;
    if (!result.is(ObjKind::Enum) || result.as<EnumObj>()->enum_id != kPoll) {
      fail("`" + s->type->name + "::poll` must return `Poll::Ready(value)` or `Poll::Pending`");
      return PollResult::Error;
    }
    if (result.as<EnumObj>()->variant == kPending) return PollResult::Pending;
    out = result.as<EnumObj>()->payload.empty() ? Value() : result.as<EnumObj>()->payload[0];
    return PollResult::Ready;
  }
  if (fut.is(ObjKind::Handle) && fut.as<HandleObj>()->hkind == HandleKind::JoinHandle) {
    auto p = fut.as<JoinHandleObj>()->handle.poll(cx);
    if (p.is_pending()) return PollResult::Pending;
    auto res = p.take();
    if (res.is_ok()) {
      out = ok(std::move(res.value()));
    } else {
      uint32_t id = fut.as<JoinHandleObj>()->handle.id();
      bool cancelled = res.error().is_cancelled();
      out = err(Value::adopt(new ErrorObj(cancelled ? "cancelled" : "panic",
                                          "task " + std::to_string(id) + (cancelled ? " was cancelled" : " panicked"),
                                          std::string("JoinError::") + (cancelled ? "Cancelled" : "Panic") + "(Id(" +
                                              std::to_string(id) + ")" + (cancelled ? ")" : ", ...)"))));
    }
    return PollResult::Ready;
  }
  std::string what;
  to_debug(fut, what);
  fail("`" + what + "` is not a future: only async fns, async blocks and types that implement Future can be awaited");
  return PollResult::Error;
}

BoxFuture<Value> Interp::engine_future(Value fut) { return std::make_unique<ChildFuture>(*this, std::move(fut)); }

BoxFuture<Value> make_task_future(Interp& in, Value fut) { return std::make_unique<TaskFuture>(in, std::move(fut)); }

// --- Errors and output -----------------------------------------------------------------

bool Interp::fail(std::string message) {
  if (panicking_) return false;
  panicking_ = true;
  panic_message_ = std::move(message);
  return false;
}

bool Interp::limit(std::string message) {
  if (!limit_reached_) {
    limit_reached_ = true;
    rt.stop_at_limit(message + " (at " + location() + ")");
  }
  return fail(std::move(message));
}

bool Interp::depth_ok(size_t depth) {
  return depth < limits_.max_depth || limit("recursion limit reached: calls and awaits nested more than " +
                                            std::to_string(limits_.max_depth) + " deep");
}

bool Interp::collection_fits(size_t values) {
  return values <= limits_.max_objects || limit("heap limit reached: a collection would hold more than " +
                                                std::to_string(limits_.max_objects) + " values");
}

bool Interp::string_fits(size_t bytes) {
  return bytes <= limits_.max_string_bytes ||
         limit("string limit reached: a string grew past " + std::to_string(limits_.max_string_bytes) + " bytes");
}

std::string Interp::location() const {
  const Span& s = prog.spans[span_ < prog.spans.size() ? span_ : 0];
  return std::to_string(s.line) + ":" + std::to_string(s.col);
}

void Interp::output(const std::string& text, bool to_stderr) { rt.output(text, to_stderr); }

Value Interp::str(std::string s) {
  if (!string_fits(s.size())) return make_str("");
  return make_str(std::move(s));
}

bool Interp::to_display(const Value& v, std::string& out) {
  std::string error;
  if (!display(*this, v, out, error)) return fail(error);
  return true;
}

bool Interp::to_debug(const Value& v, std::string& out) {
  std::string error;
  if (!debug(*this, v, false, out, error)) return fail(error);
  return true;
}

// --- FormatHost ---------------------------------------------------------------------------

const EnumInfo* Interp::user_enum(uint32_t enum_id) const {
  if (enum_id < kFirstUserEnum || enum_id - kFirstUserEnum >= prog.enums.size()) return nullptr;
  return &prog.enums[enum_id - kFirstUserEnum];
}

bool Interp::user_display(const Value& v, std::string& out, std::string& error) {
  int32_t fn = -1;
  if (v.is(ObjKind::Struct)) fn = v.as<StructObj>()->type->fmt_fn;
  if (v.is(ObjKind::Enum) && user_enum(v.as<EnumObj>()->enum_id)) fn = user_enum(v.as<EnumObj>()->enum_id)->fmt_fn;
  if (fn < 0) {
    error = "this type doesn't implement `std::fmt::Display`";
    return false;
  }
  auto* f = new FormatterObj();
  Value args[2] = {v, Value::adopt(f)};
  Value result;
  if (!call_fn(static_cast<uint32_t>(fn), args, 2, result)) {
    error = panic_message_;
    return false;
  }
  out += f->out;
  return true;
}

bool builtin_error_display(const Value& v, std::string& out);

bool Interp::builtin_display(const Value& v, std::string& out) { return builtin_error_display(v, out); }

bool Interp::handle_text(const Value& v, bool debug, std::string& out) {
  if (v.is(ObjKind::Closure)) {
    out += "closure";
    return true;
  }
  if (v.is(ObjKind::Future)) {
    out += std::string(rt.trace().str(v.as<FutureObj>()->label));
    return true;
  }
  if (v.is(ObjKind::Iter)) {
    out += "Iter";
    return true;
  }
  if (!v.is(ObjKind::Handle)) return false;
  auto* h = v.as<HandleObj>();
  switch (h->hkind) {
    case HandleKind::Error:
      out += debug ? static_cast<ErrorObj*>(h)->debug : static_cast<ErrorObj*>(h)->display;
      return true;
    case HandleKind::Waker:
      out += "Waker { task: " + std::to_string(static_cast<WakerObj*>(h)->waker.task()) + " }";
      return true;
    case HandleKind::Context: out += "Context { .. }"; return true;
    case HandleKind::Instant: out += "Instant { .. }"; return true;
    case HandleKind::JoinHandle:
      out += "JoinHandle { id: Id(" + std::to_string(static_cast<JoinHandleObj*>(h)->handle.id()) + ") }";
      return true;
    case HandleKind::Guard: {
      Value inner = through_guard(v);
      std::string error;
      return debug ? ps::lang::debug(*this, inner, false, out, error) : display(*this, inner, out, error);
    }
    default: out += debug ? "{ .. }" : ""; return debug;
  }
}

}  // namespace ps::lang
