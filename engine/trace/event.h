// One trace event: a fixed-size record in a flat, append-only array.
//
// Every observable step of a run (a poll, a wake, a timer firing, a line of
// program output) is one Event. Strings are interned in the Trace, so a record
// holds only integers. The same array feeds the text formatter, the JSON
// writer and the WebAssembly boundary (one typed-array view).
#pragma once

#include <cstdint>

namespace ps {

// The kinds of event. The numbering is part of the WebAssembly contract
// (web/src/worker/engine.d.ts): append new kinds at the end.
enum class EventKind : uint8_t {
  Spawn = 0,            // a: task name (string), b: spawning task
  PollBegin = 1,        // the executor polls a task
  PollEnd = 2,          // flag Ready; a: value text (string) when ready
  FuturePollBegin = 3,  // a: path of the nested future
  FuturePollEnd = 4,    // a: path; flag Ready
  Wake = 5,             // task: woken task; a: waker path; b: WakeOrigin; c: waking task; flag ByRef
  WakerClone = 6,       // task: waker's task; a: waker path
  WakerDrop = 7,        // task: waker's task; a: waker path
  TimerRegister = 8,    // a: timer id; b: deadline in ms
  TimerFire = 9,        // a: timer id
  ClockAdvance = 10,    // a: previous time in ms (low 32 bits); b: new time in ms
  FutureDrop = 11,      // a: path; flag Completed (dropped after Ready) else cancelled
  TaskComplete = 12,    // a: value text (string)
  TaskAbort = 13,       // abort() requested; c: requesting task
  TaskDrop = 14,        // the task's future was dropped unfinished (abort or end of run)
  Output = 15,          // a: text (string); b: 0 stdout, 1 stderr
  Diagnostic = 16,      // a: message (string); b: DiagnosticCode
  ThreadSpawn = 17,     // a: thread name (string); c: thread id
  ThreadSleep = 18,     // a: duration in ms; c: thread id
  BlockingSleep = 19,   // a: duration in ms: the executor thread is blocked
  YieldDefer = 20,      // a: waker path: yield_now parked its waker on the deferred list
  RunEnd = 21,          // a: RunStatus
};

inline constexpr int kEventKindCount = 22;

// Who performed a wake, as the trace reports it.
enum class WakeOrigin : uint8_t {
  Direct = 0,   // user code called wake/wake_by_ref (becomes Self or Task)
  Self = 1,     // the woken task woke itself during its own poll
  Task = 2,     // another task's code
  Timer = 3,    // the timer driver
  Channel = 4,  // a channel or lock operation
  Thread = 5,   // a simulated OS thread
  Join = 6,     // a task finished and woke its JoinHandle
  Notify = 7,   // tokio::sync::Notify
  Yield = 8,    // the scheduler released a deferred yield_now waker
};

// Bits of Event::flags.
enum EventFlag : uint8_t {
  kFlagReady = 1,      // PollEnd / FuturePollEnd: the future returned Ready
  kFlagByRef = 2,      // Wake: wake_by_ref rather than wake
  kFlagCompleted = 4,  // FutureDrop: the future had completed
  kFlagThread = 8,     // emitted by a simulated OS thread, not by a task
};

// Codes of Diagnostic events, so the page can lint without parsing text.
enum class DiagnosticCode : uint8_t {
  Note = 0,
  LostWaker = 1,        // Pending returned and no waker for the task is alive
  PollAfterReady = 2,   // a completed future was polled again
  WakeFinished = 3,     // a finished task was woken
  Deadlock = 4,         // nothing can make progress
  Limit = 5,            // a run limit stopped the run
  BlockedExecutor = 6,  // blocking sleep inside a poll
  Panic = 7,            // a task panicked
  Unsupported = 8,      // the program did what the language cannot run faithfully
};

// How a run ended.
enum class RunStatus : uint8_t {
  Running = 0,
  Completed = 1,
  Deadlock = 2,
  Limit = 3,
  Error = 4,
};

// 32 bytes. `span` is opaque to the engine: the language layer maps it to a
// source location (0 = none).
struct Event {
  uint64_t time_us;
  uint32_t task;
  uint32_t span;
  uint32_t a;
  uint32_t b;
  uint32_t c;
  EventKind kind;
  uint8_t flags;
  uint16_t depth;  // nesting of future polls inside the current task poll
};

static_assert(sizeof(Event) == 32, "Event must stay 32 bytes");

}  // namespace ps
