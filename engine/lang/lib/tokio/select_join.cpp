// Running futures concurrently inside one task: join!, try_join!, select!
// (tokio and futures), futures::future::join_all and select_all.
#include "lang/lib/tokio/tokio_internal.h"

namespace ps::lang {

namespace {

using tokio_lib::need_future;

FutureLabel kJoin{"join!"};
FutureLabel kSelect{"select!"};
FutureLabel kJoinAll{"join_all"};
FutureLabel kSelectAll{"select_all"};

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
  out = engine_future(in.label(kJoin), Join<Value>(std::move(kids), rotate), tuple_of);
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
  out = engine_future(in.label(kJoin), TryJoin<Value>(std::move(kids), rotate, is_err_value), to_result);
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
  out =
      engine_future(in.label(kSelect), Select<Value>(std::move(futs), biased, accepts, std::move(disabled)), to_tuple);
  return true;
}

bool join_all_fn(Interp& in, Value* a, uint32_t, Value& out) {
  if (!a[0].is(ObjKind::Vec)) return in.fail("`join_all` takes a Vec of futures");
  auto items = a[0].as<VecObj>()->items;
  bool ok;
  auto kids = children(in, items.data(), static_cast<uint32_t>(items.size()), ok);
  if (!ok) return false;
  out = engine_future(in.label(kJoinAll), Join<Value>(std::move(kids), false),
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
  out = Value::adopt(new SelectAllObj(in.label(kSelectAll), a[0].as<VecObj>()->items));
  return true;
}

const FnDef kFunctions[] = {
    {"tokio::select",
     tokio_select,
     1,
     193,
     {"select! { pat = fut => body, ... }",
      "Polls several futures and runs the branch of the first to finish; the others are dropped. The start branch "
      "is random (seeded) unless `biased;`.",
      "tokio::select! {\n\t${1:v} = ${2:fut} => {${3}}\n\t${4:w} = ${5:fut} => {${6}}\n}", "tokio::select!",
      DocKind::Macro}},
    {"tokio::join",
     tokio_join,
     0,
     64,
     {"join!(a, b, ...) -> (A, B, ...)",
      "Polls all futures inside one task until every one is done; returns their outputs as a tuple.",
      "tokio::join!(${1}, ${2})", "tokio::join!", DocKind::Macro}},
    {"futures::join",
     futures_join,
     0,
     64,
     {"join!(a, b, ...) -> (A, B, ...)", "Like tokio::join!: concurrent, not parallel — all branches share one task.",
      "futures::join!(${1}, ${2})", "futures::join!", DocKind::Macro}},
    {"tokio::try_join",
     tokio_try_join,
     0,
     64,
     {"try_join!(a, b) -> Result<(A, B), E>", "Like join!, but stops at the first Err and drops the other futures.",
      "tokio::try_join!(${1}, ${2})", "tokio::try_join!", DocKind::Macro}},
    {"futures::try_join", futures_try_join, 0, 64},
    {"futures::future::join_all",
     join_all_fn,
     1,
     1,
     {"async fn join_all(Vec<F>) -> Vec<T>", "Awaits every future of a Vec; outputs keep the input order.",
      "futures::future::join_all(${1})", "join_all"}},
    {"futures::future::select_all", select_all_fn, 1, 1},
};

FutureLabel* const kLabels[] = {&kJoin, &kSelect, &kJoinAll, &kSelectAll};

}  // namespace

namespace family {

const ApiFamily& select_join() {
  static const ApiFamily f{
      .name = "tokio::{join!, try_join!, select!}, futures::future",
      .summary = "Several futures in one task: join!, try_join!, select!, join_all and select_all",
      .functions = kFunctions,
      .labels = kLabels,
  };
  return f;
}

}  // namespace family
}  // namespace ps::lang
