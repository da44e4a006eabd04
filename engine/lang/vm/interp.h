// Interp: runs a compiled Program on an engine Runtime.
//
// Every async fn call and async block is a Coroutine with its own frames and
// operand stack, kept in the future: polling it runs the bytecode until it
// returns (Ready) or reaches an `.await` whose future is Pending; the next
// poll resumes at that await and polls the same future again. Awaiting polls
// the child from inside the parent's poll, so one task poll descends through
// nested futures, and each one polled this way gets its own path in the trace.
//
// Runtime errors (unwrap on None, index out of range, panic!) panic the task:
// the error unwinds every coroutine of the current task poll, the task ends
// with a located message, and awaiting its JoinHandle gives a JoinError.
// Reaching a limit (LangLimits) is no panic: the run stops with
// RunStatus::Limit, as at the engine's own limits (see Interp::limit).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "engine.h"
#include "lang/base/operators.h"
#include "lang/fmt/fmt.h"
#include "lang/program/program.h"
#include "lang/program/value.h"
#include "lang/vm/natives.h"
#include "lang/vm/objects.h"

namespace ps::lang {

// Limits of one run: they stop it with a located message, never a crash or a hang.
struct LangLimits {
  // Instructions one task poll (or a plain `fn main`) may run before it is
  // declared stuck: about two seconds of work, so real computations finish
  // and an endless loop is reported soon.
  uint64_t max_steps_per_poll = 200'000'000;
  // Nested calls, awaits and drops; each costs native stack in some paths.
  uint32_t max_depth = 200;
  // Live heap objects.
  uint64_t max_objects = 4'000'000;
  // Longest string a program may build.
  size_t max_string_bytes = 16u << 20;
};

// A frame of a call inside a coroutine.
struct CallFrame {
  const FnProto* fn;
  uint32_t pc;
  uint32_t base;        // first local slot in Coroutine::locals
  uint32_t stack_base;  // operand-stack height when the frame began
};

// The execution state of one async body (or of one synchronous call made
// from native code): frames, their locals, the operand stack, and the future
// being awaited.
class Coroutine {
 public:
  std::vector<CallFrame> frames;
  std::vector<Value> locals;
  std::vector<Value> stack;
  Value awaiting;  // the future of the current `.await`
  bool awaiting_active = false;
  uint32_t awaiting_path = 0;
  bool in_thread = false;  // a simulated OS thread's body: thread::sleep suspends it
  uint64_t sleep_request_us = 0;
};

enum class RunOutcome : uint8_t { Done, Pending, Error, Sleep };

class Interp final : public FormatHost {
 public:
  Interp(const Program& program, Runtime& rt, const NativeTable& natives, LangLimits limits = {});
  ~Interp() override;

  // Installs the program's main as the runtime's block_on future.
  void start();

  // --- Running bytecode ----------------------------------------------------------
  // Runs a coroutine until it finishes, suspends at an await (cx given), or fails.
  RunOutcome run(Coroutine& co, Context* cx, Value& result);
  // Prepares a coroutine to run `fn` with `args` (captures after them).
  void enter(Coroutine& co, uint32_t fn, Value* args, uint32_t nargs, const std::vector<Value>* captures);
  // Calls a closure or fn value synchronously (from native code).
  bool call_value(const Value& callee, Value* args, uint32_t nargs, Value& out);
  bool call_fn(uint32_t fn, Value* args, uint32_t nargs, Value& out);
  // Makes the future of calling an async fn or closure.
  Value make_async(uint32_t fn, Value* args, uint32_t nargs, const std::vector<Value>* captures);

  // --- Futures -----------------------------------------------------------------
  // Polls anything awaitable as a nested future named in the trace: `path`
  // is created on the first poll and reused after.
  PollResult poll_awaitable(Value& fut, uint32_t& path, Context& cx, Value& out);
  // The same without a trace level of its own.
  PollResult poll_direct(Value& fut, Context& cx, Value& out);
  bool is_awaitable(const Value& v) const;
  // A BoxFuture<Value> over a language future, for engine combinators.
  BoxFuture<Value> engine_future(Value fut);
  uint32_t label(std::string_view s) { return rt.trace().intern(s); }
  // The interned trace label of a library future (NativeTable::labels).
  uint32_t label(const FutureLabel& l) { return l.slot < lib_labels_.size() ? lib_labels_[l.slot] : label(l.text); }

  // --- Errors ----------------------------------------------------------------------
  // Reports a runtime error at the current source location: the task panics.
  bool fail(std::string message);
  // Reports that a language limit (LangLimits) was reached at the current
  // source location: the run stops with RunStatus::Limit, as engine limits
  // stop it, and the current task poll unwinds without a panic.
  bool limit(std::string message);
  // Reports, at the current source location, that the program does something
  // the language cannot run as Rust would: the run stops with that located
  // `unsupported:` message (RunStatus::Error), never with a Rust-looking panic.
  // fail() routes every message that starts with "unsupported:" here.
  bool unsupported(std::string message);
  // True once a limit or an unsupported operation stops the run: the current
  // task poll unwinds without a panic.
  bool stopping() const { return stopping_; }
  // One more level of nesting (calls, awaits, drops) at `depth` levels:
  // false, and the run stops at the recursion limit, past max_depth.
  bool depth_ok(size_t depth);
  // A string of `bytes` bytes: false, and the run stops at the string limit, past max_string_bytes.
  bool string_fits(size_t bytes);
  // True when a collection of `values` items fits the heap limit; otherwise
  // stops the run at the limit (never a Rust-looking panic).
  bool collection_fits(size_t values);
  // Counts one step of work native code does for the program (an iterator's item) against the
  // poll's step limit, so `(0..u64::MAX).sum()` stops at the limit like a loop would.
  bool native_step();
  bool step_limit(const char* hint);
  bool failed() const { return panicking_; }
  const std::string& panic_message() const { return panic_message_; }
  void clear_panic() {
    panicking_ = false;
    panic_message_.clear();
  }
  std::string location() const;  // "line:col" of the current instruction
  uint32_t current_span() const { return span_; }

  // --- Helpers for natives -----------------------------------------------------------
  Value str(std::string s);
  bool to_display(const Value& v, std::string& out);
  bool to_debug(const Value& v, std::string& out);
  Value clone_value(const Value& v);
  // Trait methods of the program (traits.cpp).
  int32_t own_method(const Value& v, std::string_view name) const;
  int32_t impl_method(const Value& v, std::string_view name) const;
  Value self_arg(const FnProto& p, const Value& recv, const Value& recv_ref);
  bool user_binary(BinaryOp op, bool compound, Value& a, const Value& b, bool& handled);
  bool user_unary(UnaryOp op, Value& a, bool& handled);
  bool user_eq(const Value& a, const Value& b, bool& eq);
  bool user_cmp(const Value& a, const Value& b, int& order, bool& ordered);
  Value user_iter(const Value& v);
  // A copy of a Copy value (new objects for structs, tuples, arrays, enums).
  Value copy_value(const Value& v);
  // References into places, for natives (unit when there is no such place):
  // an iterator of `&mut` to each item of a Vec, `&mut v[index]`, and
  // `&mut` to payload `index` of an enum (Option::as_mut).
  Value item_refs(const Value& vec);
  Value item_ref(const Value& vec, size_t index);
  Value payload_ref(const Value& e, size_t index);
  bool values_equal(const Value& a, const Value& b);
  // -1, 0, 1; false when the values do not compare.
  bool compare(const Value& a, const Value& b, int& order);
  void output(const std::string& text, bool to_stderr);
  void steps_reset() { steps_ = 0; }
  void note_object() { ++objects_; }
  void drop_object() { --objects_; }
  bool heap_full() const { return objects_ > limits_.max_objects; }
  const LangLimits& limits() const { return limits_; }
  void run_drop(StructObj* s);
  Coroutine* current_coroutine() { return current_co_; }

  // FormatHost
  const EnumInfo* user_enum(uint32_t enum_id) const override;
  bool user_display(const Value& v, std::string& out, std::string& error) override;
  bool user_display_flags(const Value& v, const FormatFlags& flags, std::string& out, std::string& error) override;
  bool user_debug(const Value& v, const FormatFlags& flags, std::string& out, std::string& error) override;
  bool user_fmt(int32_t fn, bool debug, const Value& v, const FormatFlags& flags, std::string& out, std::string& error);
  bool handle_text(const Value& v, bool debug, std::string& out) override;
  bool duration(const Value& v, uint64_t& secs, uint32_t& nanos) const override;
  bool builtin_display(const Value& v, std::string& out) override;

  const Program& prog;
  Runtime& rt;
  const NativeTable& natives;  // the runtime library (lang/lib)

 private:
  bool step_call_method(Coroutine& co, const Instr& ins);
  bool call_method(Coroutine& co, uint32_t fn, size_t recv_at, const Value& recv_ref);
  bool binary(uint32_t op, Value& a, const Value& b);
  bool unary(uint32_t op, Value& a);
  bool get_field(Value& target, const std::string& name);
  bool set_field(const Value& target, const std::string& name, Value v);
  bool get_index(Value& base, const Value& index);
  bool set_index(const Value& base, const Value& index, Value v);
  bool iter_start(Value& v);
  bool try_op(Coroutine& co, Value& v, bool& early_return);
  bool deref_set(Value target, Value v);
  // Places (places.cpp).
  bool step_place(Coroutine& co, const Instr& ins);
  Value* place_of(const Value& r, Value& whole);
  bool overwrite(const Value& target, const Value& v);
  Value copy_contents(const Value& v);
  void unwind(Coroutine& co);
  void pop_frame(Coroutine& co);

  LangLimits limits_;
  bool panicking_ = false;
  bool stopping_ = false;
  std::string panic_message_;
  uint32_t span_ = 0;
  uint64_t steps_ = 0;
  uint32_t depth_ = 0;
  uint64_t objects_ = 0;
  Coroutine* current_co_ = nullptr;
  std::vector<Value> str_consts_;     // one StrObj per string constant
  std::vector<uint32_t> lib_labels_;  // NativeTable::labels, interned
  uint32_t main_label_ = 0;           // a synchronous `fn main`
  uint32_t join_handle_label_ = 0;    // an awaited JoinHandle
};

// The interpreter running on this thread (Drop impls need it).
Interp* current_interp();

// Polls the engine future; a child that panicked (in a join!, a select!)
// makes the whole future fail, as the panic unwinds through it in Rust.
template <class F, class Conv>
PollResult EngineFutureObj<F, Conv>::poll(Interp& in, Context& cx, Value& out) {
  auto p = future.poll(cx);
  if (in.failed()) return PollResult::Error;
  if (p.is_pending()) return PollResult::Pending;
  out = conv(p.take());
  return PollResult::Ready;
}

}  // namespace ps::lang
