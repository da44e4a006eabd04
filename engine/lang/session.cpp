#include "lang/session.h"

#include "lang/compiler.h"
#include "trace/format.h"

namespace ps::lang {

Session::Session(std::string source, RunConfig config) : source_(std::move(source)), config_(config) {
  CompileResult r = compile_source(source_);
  bool ok = r.ok() && r.program;
  diagnostics_ = std::move(r.diagnostics);
  RunOptions o;
  o.tokio = config_.tokio;
  o.seed = config_.seed;
  o.limits = config_.limits;
  runtime_ = std::make_unique<Runtime>(o);
  if (config_.output_only) {
    runtime_->trace().keep_only({EventKind::Output, EventKind::Diagnostic, EventKind::RunEnd});
  }
  if (!ok) return;
  program_ = std::move(r.program);
  interp_ = std::make_unique<Interp>(*program_, *runtime_, config_.lang);
}

// The runtime goes first: dropping its tasks runs Drop impls, which need the
// interpreter.
Session::~Session() {
  runtime_.reset();
  interp_.reset();
}

RunStatus Session::advance(uint64_t budget) {
  if (!program_) return RunStatus::Error;
  if (!started_) {
    started_ = true;
    interp_->start();
  }
  RunStatus s = runtime_->advance(budget);
  if (interp_->failed()) interp_->clear_panic();
  return s;
}

RunStatus Session::status() const { return program_ ? runtime_->status() : RunStatus::Error; }

std::string Session::message() const {
  if (!program_) return "the program has errors";
  return runtime_->message();
}

bool Session::main_panicked() const {
  return program_ && runtime_->status() == RunStatus::Error && runtime_->task(Runtime::kMainTask).panic_message.size();
}

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
  // Where the run was when it stopped: the source of the last located event.
  uint32_t span = 0;
  for (size_t i = t.size(); i > 0 && span == 0; --i) span = t.events()[i - 1].span;
  if (span == 0) span = runtime_->span();
  std::string j = "{\"status\":\"" + std::string(status) + "\",\"message\":" + json_quote(message()) +
                  ",\"tasks\":" + std::to_string(runtime_->task_count() + 1) +
                  ",\"polls\":" + std::to_string(runtime_->poll_count()) +
                  ",\"wakes\":" + std::to_string(runtime_->wake_count()) +
                  ",\"events\":" + std::to_string(runtime_->event_count()) +
                  ",\"timeMs\":" + std::to_string(runtime_->now_ms()) +
                  ",\"diagnostics\":" + std::to_string(diags) +
                  ",\"line\":" + std::to_string(t.span(span).line) + ",\"col\":" + std::to_string(t.span(span).col) + "}";
  return j;
}

}  // namespace ps::lang

namespace ps::lang {

std::string check_json(std::string_view source) {
  CompileResult r = compile_source(source);
  std::string j = "{\"diagnostics\":[";
  for (size_t i = 0; i < r.diagnostics.size(); ++i) {
    const Diagnostic& d = r.diagnostics[i];
    j += (i ? "," : "");
    j += "{\"line\":" + std::to_string(d.span.line) + ",\"col\":" + std::to_string(d.span.col) +
         ",\"len\":" + std::to_string(d.span.len) + ",\"severity\":\"" +
         (d.severity == Severity::Error ? "error" : d.severity == Severity::Warning ? "warning" : "note") +
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
        for (size_t v = 0; v < a.kept.size(); ++v) j += (v ? "," : "") + json_quote(a.kept[v]);
        j += "]}";
      }
      j += "]}";
    }
  }
  return j + "]}";
}

}  // namespace ps::lang

namespace ps::lang {

namespace {

void skip_ws(std::string_view s, size_t& i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r')) ++i;
}

bool read_string(std::string_view s, size_t& i, std::string& out) {
  if (i >= s.size() || s[i] != '"') return false;
  for (++i; i < s.size() && s[i] != '"'; ++i) {
    if (s[i] == '\\') return false;
    out += s[i];
  }
  if (i >= s.size()) return false;
  ++i;
  return true;
}

bool read_number(std::string_view s, size_t& i, uint64_t& out) {
  size_t start = i;
  out = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
    if (out > (UINT64_MAX - 9) / 10) return false;
    out = out * 10 + static_cast<uint64_t>(s[i++] - '0');
  }
  return i > start;
}

}  // namespace

bool parse_run_config(std::string_view s, RunConfig& out, std::string& error) {
  size_t i = 0;
  skip_ws(s, i);
  if (i >= s.size() || s[i++] != '{') return error = "run options: expected a JSON object", false;
  skip_ws(s, i);
  if (i < s.size() && s[i] == '}') return true;
  for (;;) {
    std::string key, text;
    uint64_t n = 0;
    skip_ws(s, i);
    if (!read_string(s, i, key)) return error = "run options: expected a key", false;
    skip_ws(s, i);
    if (i >= s.size() || s[i++] != ':') return error = "run options: expected `:`", false;
    skip_ws(s, i);
    bool is_text = i < s.size() && s[i] == '"';
    if (is_text ? !read_string(s, i, text) : !read_number(s, i, n))
      return error = "run options: bad value for `" + key + "`", false;
    if (key == "seed") out.seed = n;
    else if (key == "maxEvents" && n) out.limits.max_events = n;
    else if (key == "maxTimeMs" && n) out.limits.max_time_ms = n;
    else if (key == "maxPolls" && n) out.limits.max_polls = n;
    else if (key == "tokio") {
      if (text == "1.24") out.tokio = TokioVersion::V1_24;
      else if (text == "1.29") out.tokio = TokioVersion::V1_29;
      else return error = "run options: `tokio` must be \"1.24\" or \"1.29\"", false;
    }
    skip_ws(s, i);
    if (i < s.size() && s[i] == ',') {
      ++i;
      continue;
    }
    if (i < s.size() && s[i] == '}') return true;
    return error = "run options: expected `,` or `}`", false;
  }
}

}  // namespace ps::lang
