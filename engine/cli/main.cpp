// pollscope: run a program of the async Rust subset and print its trace.
//
//   pollscope run FILE.rs [--seed N] [--format text|json] [--filter all|polls|output]
//                         [--output-only] [--max-events N] [--tokio 1.24|1.29] [--no-color]
//   pollscope check FILE.rs
//   pollscope api          (the runtime library's families and docs, as JSON)
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "lang/lib/registry.h"
#include "lang/session/session.h"
#include "trace/format.h"
#include "trace/kinds.h"

using namespace ps;
using namespace ps::lang;

namespace {

// Programs larger than this are refused before parsing.
constexpr size_t kMaxSourceBytes = 1u << 20;
// Events the run records between two writes of the CLI's output.
constexpr uint64_t kSliceEvents = 1u << 16;

int usage() {
  std::fputs(
      "usage: pollscope run FILE.rs [--seed N] [--format text|json] [--filter all|polls|output]\n"
      "                            [--output-only] [--max-events N] [--tokio 1.24|1.29] [--no-color]\n"
      "       pollscope check FILE.rs\n"
      "       pollscope api\n",
      stderr);
  return 2;
}

bool read_file(const char* path, std::string& out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  std::ostringstream ss;
  ss << f.rdbuf();
  out = ss.str();
  return true;
}

void print_diagnostics(const char* file, const std::vector<Diagnostic>& diags) {
  for (const Diagnostic& d : diags)
    std::fprintf(stderr, "%s:%u:%u: %s%s\n", file, d.span.line, d.span.col,
                 d.severity == Severity::Error     ? ""
                 : d.severity == Severity::Warning ? "warning: "
                                                   : "note: ",
                 d.message.c_str());
}

bool parse_u64(const char* s, uint64_t& out) {
  char* end = nullptr;
  errno = 0;
  unsigned long long v = std::strtoull(s, &end, 10);
  if (errno || !end || *end || !*s) return false;
  out = v;
  return true;
}

int exit_code(const Session& s) {
  if (s.main_panicked()) return 101;
  switch (s.status()) {
    case RunStatus::Completed: return 0;
    case RunStatus::Deadlock: return 3;
    case RunStatus::Limit: return 4;
    default: return 1;
  }
}

int run(int argc, char** argv) {
  const char* file = nullptr;
  RunConfig config;
  std::string format = "text";
  FilterGroup filter = FilterGroup::All;
  bool color = isatty(1) != 0;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    uint64_t n;
    if (a == "--seed") {
      const char* v = value();
      if (!v || !parse_u64(v, config.seed)) return usage();
    } else if (a == "--max-events") {
      const char* v = value();
      if (!v || !parse_u64(v, n)) return usage();
      config.limits.max_events = n;
    } else if (a == "--format") {
      const char* v = value();
      if (!v || (std::strcmp(v, "text") && std::strcmp(v, "json"))) return usage();
      format = v;
    } else if (a == "--filter") {
      const char* v = value();
      if (!v || !filter_named(v, filter)) return usage();
    } else if (a == "--tokio") {
      const char* v = value();
      if (!v) return usage();
      if (!std::strcmp(v, "1.24"))
        config.tokio = TokioVersion::V1_24;
      else if (!std::strcmp(v, "1.29"))
        config.tokio = TokioVersion::V1_29;
      else
        return usage();
    } else if (a == "--output-only") {
      config.output_only = true;
    } else if (a == "--no-color") {
      color = false;
    } else if (!file && a[0] != '-') {
      file = argv[i];
    } else {
      return usage();
    }
  }
  if (!file) return usage();
  std::string source;
  if (!read_file(file, source)) {
    std::fprintf(stderr, "pollscope: cannot read %s\n", file);
    return 2;
  }
  if (source.size() > kMaxSourceBytes) {
    std::fprintf(stderr, "%s:1:1: the program is larger than %zu bytes\n", file, kMaxSourceBytes);
    return 2;
  }
  if (config.output_only) config.limits.max_events = UINT64_MAX;
  Session s(source, config);
  if (!s.compiled()) {
    print_diagnostics(file, s.diagnostics());
    return 2;
  }
  if (!config.output_only && format == "text" && !s.runtime_note().empty())
    std::fprintf(stderr, "note: %s\n", s.runtime_note().c_str());
  // The run goes in slices and each slice's events are printed as soon as it
  // ends, so a long or endless program shows its first lines at once, as
  // `cargo run` does.
  const Trace& t = s.trace();
  size_t printed = 0;
  std::string out;
  for (;;) {
    RunStatus status = s.advance(kSliceEvents);
    const auto& events = t.events();
    for (; printed < events.size(); ++printed) {
      const Event& e = events[printed];
      if (config.output_only) {
        if (e.kind != EventKind::Output) continue;
        std::string_view text = t.str(e.a);
        if (e.b) {
          std::fwrite(out.data(), 1, out.size(), stdout);
          out.clear();
          std::fflush(stdout);
          std::fwrite(text.data(), 1, text.size(), stderr);
        } else {
          out += text;
        }
      } else if (shown_by(e.kind, filter)) {
        out += format == "json" ? event_json(t, e, printed) : format_event(t, e, {.color = color});
        out += '\n';
      }
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    out.clear();
    std::fflush(stdout);
    if (status != RunStatus::Running) break;
  }
  std::fflush(stdout);
  if (s.status() != RunStatus::Completed && !s.main_panicked())
    std::fprintf(stderr, "pollscope: %s\n", s.message().c_str());
  return exit_code(s);
}

int check(int argc, char** argv) {
  if (argc != 3) return usage();
  std::string source;
  if (!read_file(argv[2], source)) {
    std::fprintf(stderr, "pollscope: cannot read %s\n", argv[2]);
    return 2;
  }
  if (source.size() > kMaxSourceBytes) {
    std::fprintf(stderr, "%s:1:1: the program is larger than %zu bytes\n", argv[2], kMaxSourceBytes);
    return 1;
  }
  Session s(source, {});
  print_diagnostics(argv[2], s.diagnostics());
  return s.compiled() ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage();
  if (!std::strcmp(argv[1], "run")) return run(argc, argv);
  if (!std::strcmp(argv[1], "check")) return check(argc, argv);
  if (!std::strcmp(argv[1], "api") && argc == 2) {
    std::fputs(api_json().c_str(), stdout);
    return 0;
  }
  return usage();
}
