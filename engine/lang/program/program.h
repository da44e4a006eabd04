// A compiled program: functions as bytecode, user types, constant pools,
// format plans, source spans, and the state machines the async fns became.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "lang/base/format_string.h"
#include "lang/base/source.h"
#include "lang/program/bytecode.h"

namespace ps::lang {

// One function body: a fn, an async fn, a method, a closure or an async block.
struct FnProto {
  std::string name;  // "main", "CountdownFuture::poll", "async block"
  Span span;
  bool is_async = false;  // calling it makes a future
  bool is_closure = false;
  uint32_t arity = 0;  // parameters (self included), then captures
  uint32_t captures = 0;
  std::vector<uint32_t> capture_slots;  // where captured values go, in capture order
  uint32_t locals = 0;                  // slots in all
  int32_t machine = -1;                 // Program::machines entry of an async body
  std::vector<std::string> local_names;
  std::vector<Instr> code;
};

// A user struct or enum, with its methods (inherent and trait impls).
struct TypeInfo {
  std::string name;
  std::vector<std::string> fields;  // named fields, or "0", "1", ... for tuple structs
  bool tuple = false;
  bool unit = false;
  bool is_copy = false;  // #[derive(Copy)]
  bool derives_debug = false;
  bool derives_clone = false;
  std::map<std::string, uint32_t, std::less<>> methods;  // name -> fn index
  int32_t drop_fn = -1;                                  // impl Drop
  int32_t poll_fn = -1;                                  // impl Future
  int32_t fmt_fn = -1;                                   // impl Display
  int32_t debug_fn = -1;                                 // a hand-written impl Debug
};

struct EnumInfo {
  std::string name;
  std::vector<std::string> variants;
  std::vector<uint32_t> payloads;  // payload count per variant
  bool derives_debug = false;
  std::map<std::string, uint32_t, std::less<>> methods;
  int32_t fmt_fn = -1;
  int32_t debug_fn = -1;
};

// A format string ready to run: pieces whose placeholders index the
// arguments the Format instruction pops.
struct FormatPlan {
  std::vector<FormatPiece> pieces;
};

// One `.await` of an async fn: a state of its state machine.
struct AwaitPoint {
  Span span;
  std::vector<std::string> kept;  // locals alive across this await
};

// What an async fn or block became: its states at each await.
struct StateMachine {
  std::string name;
  Span span;
  uint32_t fn = 0;
  std::vector<AwaitPoint> awaits;
};

struct Program {
  std::vector<FnProto> fns;
  std::vector<TypeInfo> types;
  std::vector<EnumInfo> enums;  // index = enum id - kFirstUserEnum
  std::vector<FormatPlan> formats;
  std::vector<std::string> strings;
  std::vector<int64_t> ints;
  std::vector<double> floats;
  std::vector<Span> spans;  // trace span ids: index 0 is "none"
  std::vector<StateMachine> machines;
  int32_t main_fn = -1;
  bool main_is_async = false;
  // What real Tokio may do differently with main's attribute (empty when it
  // asks for the modelled runtime: current_thread with paused time).
  std::string runtime_note;
};

}  // namespace ps::lang
