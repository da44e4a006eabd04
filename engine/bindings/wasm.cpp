// The page's view of the engine (Embind): check a program, run it in slices.
// Glue only: everything it calls is the native engine's own API.
#include <emscripten/bind.h>

#include "lang/session/session.h"
#include "trace/format.h"

using namespace emscripten;
using ps::lang::RunConfig;
using ps::lang::Session;

namespace {

class WasmSession {
 public:
  WasmSession(std::string source, std::string options) {
    RunConfig config;
    // A bad options object is reported by summary(); the program does not run.
    if (!ps::lang::parse_run_config(options, config, options_error_)) config = RunConfig{};
    session_ = std::make_unique<Session>(std::move(source), config);
  }

  bool advance(double budget) {
    if (!session_->compiled() || !options_error_.empty()) return true;
    return session_->advance(static_cast<uint64_t>(budget)) != ps::RunStatus::Running;
  }

  double eventCount() const { return session_->compiled() ? static_cast<double>(session_->trace().size()) : 0; }

  std::string takeText() {
    std::string out;
    if (!session_->compiled()) return out;
    const ps::Trace& t = session_->trace();
    for (; text_taken_ < t.size(); ++text_taken_) {
      out += ps::format_event(t, t.events()[text_taken_]);
      out += '\n';
    }
    return out;
  }

  val takeRecords() {
    records_.clear();
    if (session_->compiled()) {
      const ps::Trace& t = session_->trace();
      for (; records_taken_ < t.size(); ++records_taken_) {
        const ps::Event& e = t.events()[records_taken_];
        if (e.task > max_task_) max_task_ = e.task;
        records_.insert(
            records_.end(),
            {static_cast<uint32_t>(e.time_us), static_cast<uint32_t>(e.time_us >> 32), e.task, e.span, e.a, e.b, e.c,
             static_cast<uint32_t>(e.kind) | (uint32_t{e.flags} << 8) | (uint32_t{e.depth} << 16)});
      }
    }
    return val(typed_memory_view(records_.size(), records_.data())).call<val>("slice");
  }

  val spans() {
    span_buf_.clear();
    if (session_->compiled())
      for (const ps::SourceSpan& s : session_->trace().spans())
        span_buf_.insert(span_buf_.end(), {s.line, s.col, s.len, 0});
    return val(typed_memory_view(span_buf_.size(), span_buf_.data())).call<val>("slice");
  }

  // JSON array of the names of the tasks seen in the records taken so far, by task id (main is 0).
  std::string taskNames() const {
    std::string out = "[";
    if (session_->compiled() && records_taken_ > 0)
      for (uint32_t id = 0; id <= max_task_; ++id) {
        if (id) out += ',';
        out += ps::json_quote(session_->trace().task_name(id));
      }
    return out + "]";
  }

  std::string summary() const {
    if (!options_error_.empty())
      return "{\"status\":\"error\",\"message\":" + ps::json_quote(options_error_) +
             ",\"line\":0,\"col\":0,\"tasks\":0,\"polls\":0,\"wakes\":0,\"timeMs\":0,\"diagnostics\":0}";
    if (!session_->compiled()) {
      const auto& d = session_->diagnostics();
      std::string msg = d.empty() ? "the program has errors" : d.front().message;
      uint32_t line = d.empty() ? 0 : d.front().span.line, col = d.empty() ? 0 : d.front().span.col;
      return "{\"status\":\"error\",\"message\":" + ps::json_quote(msg) + ",\"line\":" + std::to_string(line) +
             ",\"col\":" + std::to_string(col) +
             ",\"tasks\":0,\"polls\":0,\"wakes\":0,\"timeMs\":0,\"diagnostics\":" + std::to_string(d.size()) + "}";
    }
    return session_->summary_json();
  }

 private:
  std::unique_ptr<Session> session_;
  std::string options_error_;
  size_t text_taken_ = 0;
  size_t records_taken_ = 0;
  uint32_t max_task_ = 0;
  std::vector<uint32_t> records_;
  std::vector<uint32_t> span_buf_;
};

std::string check(std::string source) { return ps::lang::check_json(source); }

std::string kinds() { return ps::kinds_json(); }

}  // namespace

EMSCRIPTEN_BINDINGS(pollscope) {
  function("check", &check);
  function("kinds", &kinds);
  class_<WasmSession>("Session")
      .constructor<std::string, std::string>()
      .function("advance", &WasmSession::advance)
      .function("eventCount", &WasmSession::eventCount)
      .function("takeText", &WasmSession::takeText)
      .function("takeRecords", &WasmSession::takeRecords)
      .function("spans", &WasmSession::spans)
      .function("taskNames", &WasmSession::taskNames)
      .function("summary", &WasmSession::summary);
}
