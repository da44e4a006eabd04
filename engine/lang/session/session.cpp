// Session: the pipeline from source to a finished run (see session.h).
#include "lang/session/session.h"

#include "lang/compile/compiler.h"
#include "lang/lib/registry.h"
#include "lang/syntax/parser.h"

namespace ps::lang {

// Parses and compiles against the runtime library; diagnostics of both stages.
CompileResult compile_source(std::string_view source) {
  ParseResult parsed = parse(source);
  if (!parsed.ok()) {
    CompileResult r;
    r.diagnostics = std::move(parsed.diagnostics);
    return r;
  }
  CompileResult r = compile(*parsed.ast, native_index());
  for (auto& d : parsed.diagnostics) r.diagnostics.push_back(std::move(d));
  if (!r.ok()) r.program.reset();
  return r;
}

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
  interp_ = std::make_unique<Interp>(*program_, *runtime_, native_table(), config_.lang);
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

const std::string& Session::runtime_note() const {
  static const std::string none;
  return program_ ? program_->runtime_note : none;
}

bool Session::main_panicked() const {
  return program_ && runtime_->status() == RunStatus::Error && runtime_->task(Runtime::kMainTask).panic_message.size();
}

}  // namespace ps::lang
