// The libFuzzer entry point: source bytes through the whole pipeline (lexer,
// parser, compiler, the editor's check, then a run under small limits), so
// every input finishes in milliseconds. Any crash, hang or sanitizer report
// is a bug; a located error or a normal end is the only acceptable outcome.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "lang/session/session.h"

namespace {

// Limits small enough that one input runs in milliseconds, large enough
// that the gallery's programs still run to their end.
ps::lang::RunConfig fuzz_config(size_t size) {
  ps::lang::RunConfig c;
  c.seed = size % 3;
  c.limits.max_events = 10'000;
  c.limits.max_polls = 1'000;
  c.limits.max_time_ms = 3'600'000;
  c.lang.max_steps_per_poll = 20'000;
  c.lang.max_depth = 64;
  c.lang.max_objects = 100'000;
  c.lang.max_string_bytes = 1u << 16;
  return c;
}

}  // namespace

// Runs one input; always returns 0 (libFuzzer's "input accepted").
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string source(reinterpret_cast<const char*>(data), size);
  (void)ps::lang::check_json(source);
  ps::lang::Session s(source, fuzz_config(size));
  if (!s.compiled()) return 0;
  s.advance();
  (void)s.summary_json();
  (void)s.message();
  return 0;
}
