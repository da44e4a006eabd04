// Session: one program from source text to a finished run. Used by the
// command line, the tests and the WebAssembly bindings alike.
//
//   Session s(source, config);
//   if (!s.compiled()) -> s.diagnostics()
//   while (s.advance(100000) == RunStatus::Running) { ... s.trace() grows ... }
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "engine.h"
#include "lang/base/source.h"
#include "lang/compile/compiler.h"
#include "lang/program/program.h"
#include "lang/vm/interp.h"

namespace ps::lang {

struct RunConfig {
  uint64_t seed = 0;
  TokioVersion tokio = TokioVersion::V1_24;
  Limits limits;
  LangLimits lang;
  bool output_only = false;  // store only output and diagnostics (events are still counted)
};

class Session {
 public:
  Session(std::string source, RunConfig config);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  bool compiled() const { return program_ != nullptr; }
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  const Program* program() const { return program_.get(); }

  // Runs about `budget` more events; the run starts on the first call.
  RunStatus advance(uint64_t budget = UINT64_MAX);
  RunStatus status() const;
  // The run's end as a sentence ("deadlock: ..."), empty while it runs or after success.
  std::string message() const;
  // One line on what real Tokio may do differently with this program's
  // `#[tokio::main]` (empty when it asks for the modelled runtime).
  const std::string& runtime_note() const;
  // True when main panicked (the process would exit with 101).
  bool main_panicked() const;
  const Trace& trace() const { return runtime_->trace(); }
  Runtime& runtime() { return *runtime_; }

  // {"status":...,"message":...,"tasks":n,"polls":n,"wakes":n,"timeMs":n,"diagnostics":n,...}
  std::string summary_json() const;

 private:
  std::string source_;
  RunConfig config_;
  std::vector<Diagnostic> diagnostics_;
  std::unique_ptr<Program> program_;
  std::unique_ptr<Runtime> runtime_;
  std::unique_ptr<Interp> interp_;
  bool started_ = false;
};

// Parses and compiles `source` against the runtime library: the front end
// of every run and check. Diagnostics of both stages, in source order.
CompileResult compile_source(std::string_view source);

// Diagnostics and the state machines of a program, as JSON, for the editor:
// {"diagnostics":[{"line","col","len","severity","message"}],"machines":[...]}
std::string check_json(std::string_view source);

}  // namespace ps::lang

namespace ps::lang {

// Reads run options from a flat JSON object, as the page sends them:
// {"seed":1,"tokio":"1.29","maxEvents":100000,"maxTimeMs":60000,"maxPolls":100000}.
// Unknown keys are ignored; a malformed object is an error.
bool parse_run_config(std::string_view json, RunConfig& out, std::string& error);

}  // namespace ps::lang
