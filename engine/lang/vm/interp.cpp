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
    if (in_.failed() && in_.stopping()) {
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
  if (v.is(ObjKind::Ref)) {
    const Value& target = deref_all(v);
    if (target.is(ObjKind::Ref)) return nullptr;  // the place is gone
    if (Value* inner = guarded_slot(target)) return inner;
    return const_cast<Value*>(&target);
  }
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
  if (o->raw_pointers == 0) {
    delete o;
    return;
  }
  // Raw pointers still name places inside: empty it now, free it with the last pointer.
  o->state = Obj::kClearing;
  switch (o->kind) {
    case ObjKind::Slot: static_cast<SlotObj*>(o)->value = Value(); break;
    case ObjKind::Cell: static_cast<CellObj*>(o)->value = Value(); break;
    case ObjKind::Vec: drop_in_order(static_cast<VecObj*>(o)->items); break;
    case ObjKind::Tuple: drop_in_order(static_cast<TupleObj*>(o)->items); break;
    case ObjKind::Struct: drop_in_order(static_cast<StructObj*>(o)->fields); break;
    case ObjKind::Enum: drop_in_order(static_cast<EnumObj*>(o)->payload); break;
    default: break;
  }
  o->state = Obj::kDead;
  if (o->raw_pointers == 0) delete o;
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
  main_label_ = label("main");
  join_handle_label_ = label("JoinHandle");
  for (size_t i = 0; i < natives.label_count; ++i) lib_labels_.push_back(label(natives.labels[i]->text));
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
    main = Value::adopt(new SyncMainObj(main_label_, static_cast<uint32_t>(prog.main_fn)));
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
  if (!callee.is(ObjKind::Closure)) return unsupported("this value is not a function");
  auto* c = callee.as<ClosureObj>();
  const FnProto& p = prog.fns[c->fn];
  if (p.arity != nargs)
    return unsupported("this closure takes " + std::to_string(p.arity) + " argument(s) but " + std::to_string(nargs) +
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

bool Interp::is_awaitable(const Value& v0) const {
  const Value& v = deref_all(v0);
  if (v.is(ObjKind::Future)) return true;
  if (v.is(ObjKind::Struct)) return v.as<StructObj>()->type->poll_fn >= 0;
  if (v.is(ObjKind::Handle)) return v.as<HandleObj>()->hkind == HandleKind::JoinHandle;
  return false;
}

PollResult Interp::poll_awaitable(Value& fut0, uint32_t& path, Context& cx, Value& out) {
  // `(&mut fut).await` polls the future in its place.
  Value& fut = fut0.is(ObjKind::Ref) ? const_cast<Value&>(deref_all(fut0)) : fut0;
  if (path == 0) {
    uint32_t lab;
    if (fut.is(ObjKind::Future))
      lab = fut.as<FutureObj>()->label;
    else if (fut.is(ObjKind::Struct))
      lab = label(fut.as<StructObj>()->type->name);
    else
      lab = join_handle_label_;
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

PollResult Interp::poll_direct(Value& fut0, Context& cx, Value& out) {
  Value& fut = fut0.is(ObjKind::Ref) ? const_cast<Value&>(deref_all(fut0)) : fut0;
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
      unsupported("`" + s->type->name + "::poll` must return `Poll::Ready(value)` or `Poll::Pending`");
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
  unsupported("`" + what +
              "` is not a future: only async fns, async blocks and types that implement Future can be awaited");
  return PollResult::Error;
}

BoxFuture<Value> Interp::engine_future(Value fut) { return std::make_unique<ChildFuture>(*this, std::move(fut)); }

BoxFuture<Value> make_task_future(Interp& in, Value fut) { return std::make_unique<TaskFuture>(in, std::move(fut)); }

// --- Errors and output -----------------------------------------------------------------

bool Interp::fail(std::string message) {
  if (message.rfind("unsupported:", 0) == 0) return unsupported(std::move(message));
  if (panicking_) return false;
  panicking_ = true;
  panic_message_ = std::move(message);
  return false;
}

bool Interp::limit(std::string message) {
  if (!stopping_) {
    stopping_ = true;
    rt.stop_at_limit(message + " (at " + location() + ")");
  }
  return fail(std::move(message));
}

bool Interp::unsupported(std::string message) {
  if (message.rfind("unsupported:", 0) != 0) message = "unsupported: " + message;
  if (!stopping_) {
    stopping_ = true;
    rt.stop_unsupported(location() + ": " + message);
  }
  if (panicking_) return false;
  panicking_ = true;
  panic_message_ = std::move(message);
  return false;
}

bool Interp::depth_ok(size_t depth) {
  return depth < limits_.max_depth || limit("recursion limit reached: calls and awaits nested more than " +
                                            std::to_string(limits_.max_depth) + " deep");
}

bool Interp::native_step() {
  return ++steps_ <= limits_.max_steps_per_poll || step_limit("an iterator that never ends?");
}

// Stops the run at the step limit; `hint` guesses what kept the poll busy.
// A plain `fn main` has no executor to block: the message says so.
bool Interp::step_limit(const char* hint) {
  std::string steps = std::to_string(limits_.max_steps_per_poll);
  bool main = rt.in_poll() && rt.current_task() == Runtime::kMainTask;
  if (main && !prog.main_is_async)
    return limit("step limit reached: the program ran more than " + steps + " steps (" + hint + ")");
  std::string who = !rt.in_poll() ? "a thread" : main ? "main" : "task " + std::to_string(rt.current_task());
  return limit("step limit reached: the poll of " + who + " ran more than " + steps +
               " steps without returning: it blocks the executor (" + hint + ")");
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
  if (!display(*this, v, out, error)) return panicking_ ? false : unsupported(error);
  return true;
}

bool Interp::to_debug(const Value& v, std::string& out) {
  std::string error;
  if (!debug(*this, v, false, out, error)) return panicking_ ? false : unsupported(error);
  return true;
}

// --- FormatHost ---------------------------------------------------------------------------

const EnumInfo* Interp::user_enum(uint32_t enum_id) const {
  if (enum_id < kFirstUserEnum || enum_id - kFirstUserEnum >= prog.enums.size()) return nullptr;
  return &prog.enums[enum_id - kFirstUserEnum];
}

bool Interp::user_display(const Value& v, std::string& out, std::string& error) {
  return user_display_flags(v, FormatFlags{}, out, error);
}

// Runs the value's `impl Display` with a Formatter that carries the placeholder's flags.
bool Interp::user_display_flags(const Value& v, const FormatFlags& flags, std::string& out, std::string& error) {
  int32_t fn = -1;
  if (v.is(ObjKind::Struct)) fn = v.as<StructObj>()->type->fmt_fn;
  if (v.is(ObjKind::Enum) && user_enum(v.as<EnumObj>()->enum_id)) fn = user_enum(v.as<EnumObj>()->enum_id)->fmt_fn;
  if (fn < 0) {
    error = "this type doesn't implement `std::fmt::Display`";
    return false;
  }
  return user_fmt(fn, false, v, flags, out, error);
}

bool Interp::user_debug(const Value& v, const FormatFlags& flags, std::string& out, std::string& error) {
  int32_t fn = -1;
  if (v.is(ObjKind::Struct)) fn = v.as<StructObj>()->type->debug_fn;
  if (v.is(ObjKind::Enum) && user_enum(v.as<EnumObj>()->enum_id)) fn = user_enum(v.as<EnumObj>()->enum_id)->debug_fn;
  if (fn < 0) {
    error = "this type doesn't implement `Debug`";
    return false;
  }
  return user_fmt(fn, true, v, flags, out, error);
}

// Calls a user `fmt` (Display's or Debug's) with a fresh Formatter and appends what it wrote.
bool Interp::user_fmt(int32_t fn, bool debug, const Value& v, const FormatFlags& flags, std::string& out,
                      std::string& error) {
  auto* f = new FormatterObj();
  f->flags = flags;
  f->debug = debug;
  Value keep = Value::adopt(f);  // the callee's frame owns its copy and frees it on return
  Value args[2] = {v, keep};
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
    case HandleKind::Guard: {
      Value inner = through_guard(v);
      std::string error;
      return debug ? ps::lang::debug(*this, inner, false, out, error) : display(*this, inner, out, error);
    }
    default:
      // Waker, JoinHandle, ...: the text their library family gives them.
      if (natives.handle_text(*this, v, debug, out)) return true;
      out += debug ? "{ .. }" : "";
      return debug;
  }
}

}  // namespace ps::lang
