#include "trace/format.h"

#include "trace/kinds.h"

#include <cstdio>

namespace ps {
namespace {

const char* origin_name(uint32_t origin) {
  switch (static_cast<WakeOrigin>(origin)) {
    case WakeOrigin::Direct: return "direct";
    case WakeOrigin::Self: return "self";
    case WakeOrigin::Task: return "by another task";
    case WakeOrigin::Timer: return "timer";
    case WakeOrigin::Channel: return "channel";
    case WakeOrigin::Thread: return "thread";
    case WakeOrigin::Join: return "join";
    case WakeOrigin::Notify: return "notify";
    case WakeOrigin::Yield: return "yield_now";
  }
  return "?";
}

const char* status_name(uint32_t status) {
  switch (static_cast<RunStatus>(status)) {
    case RunStatus::Running: return "running";
    case RunStatus::Completed: return "completed";
    case RunStatus::Deadlock: return "stopped: deadlock";
    case RunStatus::Limit: return "stopped: limit reached";
    case RunStatus::Error: return "stopped: error";
  }
  return "?";
}

// ANSI colour of each colour role on a terminal.
const char* color_of(EventKind k) {
  switch (kind_info(k).role) {
    case ColourRole::Poll: return "\x1b[1;36m";
    case ColourRole::Future: return "\x1b[36m";
    case ColourRole::Wake: return "\x1b[33m";
    case ColourRole::Output: return "\x1b[1;37m";
    case ColourRole::Diagnostic: return "\x1b[1;31m";
    case ColourRole::Drop: return "\x1b[35m";
    case ColourRole::Timer: return "\x1b[34m";
    case ColourRole::Quiet: return "\x1b[2m";
  }
  return "\x1b[2m";
}

std::string time_text(uint64_t us) {
  char buf[32];
  if (us % 1000 == 0) {
    std::snprintf(buf, sizeof buf, "%7llums", static_cast<unsigned long long>(us / 1000));
  } else {
    std::snprintf(buf, sizeof buf, "%5llu.%03llums", static_cast<unsigned long long>(us / 1000),
                  static_cast<unsigned long long>(us % 1000));
  }
  return buf;
}

std::string label(const Trace& t, uint32_t path) { return std::string(t.str(t.path(path).label)); }

// The column that says which task (or which part of the runtime) acted.
std::string actor(const Trace& t, const Event& e) {
  switch (e.kind) {
    case EventKind::ClockAdvance: return "clock";
    case EventKind::ThreadSleep: return "thread " + std::to_string(e.c);
    case EventKind::RunEnd: return "runtime";
    case EventKind::Output:
    case EventKind::Diagnostic:
      if (e.flags & kFlagThread) return "thread";
      return std::string(t.task_name(e.task));
    default: return std::string(t.task_name(e.task));
  }
}

// Program output is untrusted: control characters (escape sequences above
// all) are shown escaped, never sent to a terminal as they are.
std::string escape_controls(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '\t') {
      out += "    ";
    } else if (c == '\\') {
      out += "\\\\";  // so that a printed `\x0a` is not read as an escaped newline
    } else if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else if (c == 0xc2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(s[i + 1]) < 0xa0) {
      char buf[12];
      std::snprintf(buf, sizeof buf, "\\u{%x}", static_cast<unsigned char>(s[i + 1]));
      out += buf;
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

// What the event says, without time, task or indentation.
std::string describe_event(const Trace& t, const Event& e) {
  const bool ready = e.flags & kFlagReady;
  switch (e.kind) {
    case EventKind::Spawn: return e.b == 0 && e.task != 0 ? "spawned" : "spawned by task " + std::to_string(e.b);
    case EventKind::PollBegin: return "poll";
    case EventKind::PollEnd:
      if (!ready) return "pending";
      return e.a ? "ready " + std::string(t.str(e.a)) : "ready";
    case EventKind::FuturePollBegin: return "poll " + label(t, e.a);
    case EventKind::FuturePollEnd: return (ready ? "ready " : "pending ") + label(t, e.a);
    case EventKind::Wake:
      return "wake " + label(t, e.a) + " (" + (e.flags & kFlagByRef ? "wake_by_ref" : "wake") + ", " +
             origin_name(e.b) + ")";
    case EventKind::WakerClone: return "clone waker of " + label(t, e.a);
    case EventKind::WakerDrop: return "drop waker of " + label(t, e.a);
    case EventKind::TimerRegister: return "timer #" + std::to_string(e.a) + " set for " + std::to_string(e.b) + "ms";
    case EventKind::TimerFire: return "timer #" + std::to_string(e.a) + " fired";
    case EventKind::ClockAdvance: return "advance " + std::to_string(e.a) + "ms -> " + std::to_string(e.b) + "ms";
    case EventKind::FutureDrop: return "drop " + label(t, e.a) + (e.flags & kFlagCompleted ? "" : " (cancelled)");
    case EventKind::TaskComplete: return e.a ? "completed with " + std::string(t.str(e.a)) : "completed";
    case EventKind::TaskAbort: return "abort requested";
    case EventKind::TaskDrop: return "dropped before completing";
    case EventKind::Output: {
      std::string_view text = t.str(e.a);
      if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
      return (e.b ? "2> " : "> ") + escape_controls(text);
    }
    case EventKind::Diagnostic: {
      auto code = static_cast<DiagnosticCode>(e.b);
      const char* sev = code == DiagnosticCode::Note || code == DiagnosticCode::WakeFinished ? "note: "
                        : code == DiagnosticCode::LostWaker || code == DiagnosticCode::BlockedExecutor ||
                                code == DiagnosticCode::PollAfterReady
                            ? "warning: "
                            : "error: ";
      std::string msg(t.str(e.a));
      for (size_t p = 0; (p = msg.find('\n', p)) != std::string::npos;) msg.replace(p, 1, "; ");
      return sev + escape_controls(msg);
    }
    case EventKind::ThreadSpawn:
      return "thread " + std::to_string(e.c) + " \"" + std::string(t.str(e.a)) + "\" spawned";
    case EventKind::ThreadSleep: return "thread " + std::to_string(e.c) + " sleeps " + std::to_string(e.a) + "ms";
    case EventKind::BlockingSleep: return "blocks the executor for " + std::to_string(e.a) + "ms (thread::sleep)";
    case EventKind::YieldDefer: return "yield_now: waker of " + label(t, e.a) + " deferred";
    case EventKind::RunEnd: return std::string("run ") + status_name(e.a);
  }
  return "?";
}

}  // namespace

std::string kinds_json() {
  static const char* groups[] = {"output", "polls", "all"};
  static const char* roles[] = {"quiet", "wake", "timer", "drop", "future", "poll", "output", "diagnostic"};
  std::string j = "[";
  for (const KindInfo& k : kKinds) {
    if (j.size() > 1) j += ",";
    j += "{\"id\":" + std::to_string(static_cast<int>(k.kind)) + ",\"name\":\"" + k.name + "\",\"trace\":\"" + k.trace +
         "\",\"group\":\"" + groups[static_cast<int>(k.group)] + "\",\"role\":\"" + roles[static_cast<int>(k.role)] +
         "\",\"description\":" + json_quote(k.description) + "}";
  }
  return j + "]";
}

const char* event_kind_name(EventKind kind) {
  auto i = static_cast<size_t>(kind);
  return i < kEventKindCount ? kKinds[i].trace : "unknown";
}

std::string format_event(const Trace& t, const Event& e, FormatOptions opts) {
  std::string who = actor(t, e);
  std::string line = time_text(e.time_us);
  line += ' ';
  line += who;
  if (who.size() < 9) line.append(9 - who.size(), ' ');
  line += ' ';
  line.append(2u * e.depth, ' ');
  if (opts.color) line += color_of(e.kind);
  line += describe_event(t, e);
  if (opts.color) line += "\x1b[0m";
  return line;
}

std::string format_trace(const Trace& t, FormatOptions opts) {
  std::string out;
  for (const Event& e : t.events()) {
    out += format_event(t, e, opts);
    out += '\n';
  }
  return out;
}

std::string json_quote(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string event_json(const Trace& t, const Event& e, size_t index) {
  std::string j = "{\"i\":" + std::to_string(index) + ",\"time_us\":" + std::to_string(e.time_us) +
                  ",\"task\":" + std::to_string(e.task) + ",\"kind\":\"" + event_kind_name(e.kind) +
                  "\",\"depth\":" + std::to_string(e.depth);
  if (e.span) {
    const SourceSpan& s = t.span(e.span);
    j += ",\"line\":" + std::to_string(s.line) + ",\"col\":" + std::to_string(s.col);
  }
  j += ",\"text\":" + json_quote(describe_event(t, e)) + "}";
  return j;
}

}  // namespace ps
