// Golden tests of the gallery: every scenarios/*.rs runs, and its full trace
// and its output match tests/golden/NAME.trace and NAME.out byte for byte.
// The same files are the expectations of the WebAssembly build (tests/web),
// so native and WASM traces are checked to be identical too.
//
// POLLSCOPE_UPDATE_GOLDEN=1 rewrites the golden files from the current run.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "lang/session/session.h"
#include "trace/format.h"

namespace fs = std::filesystem;
using namespace ps;
using namespace ps::lang;

namespace {

std::string read(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::ostringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

void write(const fs::path& p, const std::string& s) {
  std::ofstream f(p, std::ios::binary);
  f << s;
}

std::vector<std::string> scenario_names() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(fs::path(POLLSCOPE_ROOT) / "scenarios"))
    if (e.path().extension() == ".rs") names.push_back(e.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

struct Result {
  std::string trace, output;
};

Result run(const std::string& source) {
  Session s(source, RunConfig{});
  Result r;
  if (!s.compiled()) {
    for (const auto& d : s.diagnostics()) r.trace += to_string(d) + "\n";
    return r;
  }
  s.advance();
  r.trace = format_trace(s.trace());
  for (const Event& e : s.trace().events())
    if (e.kind == EventKind::Output) r.output += (e.b ? "2> " : "") + std::string(s.trace().str(e.a));
  return r;
}

class Scenario : public ::testing::TestWithParam<std::string> {};

TEST_P(Scenario, trace_and_output_match_golden) {
  const std::string name = GetParam();
  fs::path root(POLLSCOPE_ROOT);
  std::string source = read(root / "scenarios" / (name + ".rs"));
  Result r = run(source);
  fs::path trace_file = root / "tests" / "golden" / (name + ".trace");
  fs::path out_file = root / "tests" / "golden" / (name + ".out");
  if (std::getenv("POLLSCOPE_UPDATE_GOLDEN")) {
    write(trace_file, r.trace);
    write(out_file, r.output);
  }
  ASSERT_TRUE(fs::exists(trace_file)) << "no golden trace for " << name << ": run with POLLSCOPE_UPDATE_GOLDEN=1";
  EXPECT_EQ(r.trace, read(trace_file)) << name;
  EXPECT_EQ(r.output, read(out_file)) << name;
}

TEST_P(Scenario, two_runs_give_identical_traces) {
  std::string source = read(fs::path(POLLSCOPE_ROOT) / "scenarios" / (GetParam() + ".rs"));
  EXPECT_EQ(run(source).trace, run(source).trace);
}

TEST_P(Scenario, has_a_header_with_title_and_part) {
  std::string source = read(fs::path(POLLSCOPE_ROOT) / "scenarios" / (GetParam() + ".rs"));
  EXPECT_EQ(source.rfind("//! ", 0), 0u) << "first line must be `//! Title`";
  EXPECT_NE(source.find("//! part: "), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Gallery, Scenario, ::testing::ValuesIn(scenario_names()),
                         [](const auto& info) { return info.param; });

}  // namespace
