// An API family of the runtime library: one file's worth of Rust API
// (`tokio::sync::mpsc`, `std::time`, `Option` / `Result`), described in one
// table that lib/registry.cpp lists.
//
// A family declares its free functions and constructors by canonical path,
// its methods by receiver kind, the trace labels of the futures it makes, the
// clone rule and the Display / Debug text of its own handle kinds, and the
// one-line docs the page shows on hover and completion (`pollscope api`
// prints them; web/tools/gen-api.mjs turns them into the page's table). Names
// the page explains that are not natives (`Poll::Ready`, `Future`, macros,
// attributes) are docs-only entries of the family they belong to.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "lang/program/value.h"
#include "lang/vm/interp.h"
#include "lang/vm/natives.h"
#include "lang/vm/objects.h"

namespace ps::lang {

// What the page calls a name (web/src/lang/api.ts ApiKind).
enum class DocKind : uint8_t { Function, Method, Macro, Type, Variant, Module };

// The page's help for one name. An entry without `text` is not shown.
struct Doc {
  std::string_view signature;        // `async fn sleep(duration: Duration)`
  std::string_view text;             // one line
  std::string_view insert;           // completion snippet (Monaco snippet syntax)
  std::string_view name{};           // the name as the page shows it, when not the path (`Box::pin`)
  DocKind kind = DocKind::Function;  // for a function; methods are always Method
};

// A free function or constructor, by canonical path, with its arity.
struct FnDef {
  std::string_view path;  // "tokio::time::sleep"
  NativeFn fn;
  uint8_t min_args;
  uint8_t max_args;
  Doc doc{};
};

// A method; the native sees the receiver as args[0].
struct MethodDef {
  std::string_view name;
  NativeFn fn;
  Doc doc{};
};

// The kinds of value a method can be called on.
enum class Receiver : uint8_t {
  Any,  // every value (clone, to_string, eq, ...): looked up last
  Int,
  Float,
  Char,
  Bool,
  Str,
  Vec,
  Range,  // then the Iter methods
  Iter,
  Cell,
  Option,
  Result,
  Poll,
  Ordering,
  Future,        // async frames, library futures and JoinHandles: poll, as_mut
  FutureStruct,  // a user struct that implements Future
  Handle,        // one HandleKind (MethodGroup::handle)
};

// The methods a family gives one receiver kind.
struct MethodGroup {
  constexpr MethodGroup(Receiver r, std::span<const MethodDef> m) : on(r), methods(m) {}
  constexpr MethodGroup(HandleKind k, std::span<const MethodDef> m) : on(Receiver::Handle), handle(k), methods(m) {}
  Receiver on;
  HandleKind handle{};
  std::span<const MethodDef> methods;
};

// What `.clone()` does with one of the family's handle kinds: writes the
// clone to `out`, or reports (located) why the handle cannot be cloned and
// returns false. A handle kind without a rule is shared by its clones.
struct CloneRule {
  HandleKind kind;
  CloneHook fn;
};

// The Display / Debug text of one of the family's handle kinds.
struct TextRule {
  HandleKind kind;
  TextHook fn;
};

// A name the page documents that is no native (`Poll::Ready`, `select!`).
struct DocDef {
  std::string_view name;
  Doc doc;
};

struct ApiFamily {
  std::string_view name;     // "tokio::sync::mpsc"
  std::string_view summary;  // one line: what the family covers
  std::span<const FnDef> functions{};
  std::span<const MethodGroup> methods{};
  std::span<FutureLabel* const> labels{};
  std::span<const CloneRule> clones{};
  std::span<const TextRule> texts{};
  std::span<const DocDef> docs{};
  // The methods accept a lock guard as receiver and act on the guarded
  // value (the std families, whose methods go through stdlib::arity). The
  // others see exactly the receiver they were called on.
  bool through_guards = false;
};

// The handle of kind `k` inside `v`, or null.
template <class T>
T* handle_of(const Value& v, HandleKind k) {
  if (v.is(ObjKind::Handle) && v.as<HandleObj>()->hkind == k) return v.as<T>();
  return nullptr;
}

// A language future over an engine future, its output converted by `c`.
template <class F, class C>
Value engine_future(uint32_t label, F f, C c) {
  return Value::adopt(new EngineFutureObj<F, C>(label, std::move(f), std::move(c)));
}

// A runtime-library error value (JoinError, Elapsed, RecvError, ...).
inline Value error_value(const char* kind, const char* display, const char* debug, Value payload = {}) {
  return Value::adopt(new ErrorObj(kind, display, debug, std::move(payload)));
}

}  // namespace ps::lang
