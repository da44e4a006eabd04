// The session's results as JSON for the page: the run's summary and, for the
// editor, a program's diagnostics and state machines.
#include "lang/compile/compiler.h"
#include "lang/session/session.h"
#include "trace/format.h"

namespace ps::lang {

std::string Session::summary_json() const {
  const char* status = "error";
  switch (this->status()) {
    case RunStatus::Running: status = "running"; break;
    case RunStatus::Completed: status = "completed"; break;
    case RunStatus::Deadlock: status = "deadlock"; break;
    case RunStatus::Limit: status = "limit"; break;
    case RunStatus::Error: status = "error"; break;
  }
  uint64_t diags = 0;
  const Trace& t = runtime_->trace();
  for (const Event& e : t.events()) diags += e.kind == EventKind::Diagnostic;
  // Where the run stopped: the source of the last located diagnostic (a
  // deadlock names the `.await` each task waits on), else of the last
  // located event.
  uint32_t span = 0;
  if (this->status() != RunStatus::Completed)
    for (size_t i = t.size(); i > 0 && span == 0; --i)
      if (t.events()[i - 1].kind == EventKind::Diagnostic) span = t.events()[i - 1].span;
  for (size_t i = t.size(); i > 0 && span == 0; --i) span = t.events()[i - 1].span;
  if (span == 0) span = runtime_->span();
  std::string j =
      "{\"status\":\"" + std::string(status) + "\",\"message\":" + json_quote(message()) +
      ",\"tasks\":" + std::to_string(runtime_->task_count() + 1) +
      ",\"polls\":" + std::to_string(runtime_->poll_count()) + ",\"wakes\":" + std::to_string(runtime_->wake_count()) +
      ",\"events\":" + std::to_string(runtime_->event_count()) + ",\"timeMs\":" + std::to_string(runtime_->now_ms()) +
      ",\"runtimeNote\":" + json_quote(runtime_note()) + ",\"diagnostics\":" + std::to_string(diags) +
      ",\"line\":" + std::to_string(t.span(span).line) + ",\"col\":" + std::to_string(t.span(span).col) + "}";
  return j;
}

std::string check_json(std::string_view source) {
  CompileResult r = compile_source(source);
  std::string j = "{\"diagnostics\":[";
  for (size_t i = 0; i < r.diagnostics.size(); ++i) {
    const Diagnostic& d = r.diagnostics[i];
    j += (i ? "," : "");
    j += "{\"line\":" + std::to_string(d.span.line) + ",\"col\":" + std::to_string(d.span.col) +
         ",\"len\":" + std::to_string(d.span.len) + ",\"severity\":\"" +
         (d.severity == Severity::Error     ? "error"
          : d.severity == Severity::Warning ? "warning"
                                            : "note") +
         "\",\"message\":" + json_quote(d.message) + "}";
  }
  j += "],\"machines\":[";
  if (r.program) {
    const auto& ms = r.program->machines;
    for (size_t i = 0; i < ms.size(); ++i) {
      const StateMachine& m = ms[i];
      j += (i ? "," : "");
      j += "{\"name\":" + json_quote(m.name) + ",\"line\":" + std::to_string(m.span.line) +
           ",\"col\":" + std::to_string(m.span.col) + ",\"states\":[";
      for (size_t k = 0; k < m.awaits.size(); ++k) {
        const AwaitPoint& a = m.awaits[k];
        j += (k ? "," : "");
        j += "{\"state\":" + std::to_string(k + 1) + ",\"line\":" + std::to_string(a.span.line) +
             ",\"col\":" + std::to_string(a.span.col) + ",\"len\":" + std::to_string(a.span.len) + ",\"kept\":[";
        for (size_t v = 0; v < a.kept.size(); ++v) {
          if (v) j += ",";
          j += json_quote(a.kept[v]);
        }
        j += "]}";
      }
      j += "]}";
    }
  }
  return j + "]}";
}

}  // namespace ps::lang
