// Runs every program in tests/errors/syntax/*.rs and compares the parser's diagnostics with the
// file's `// expect: line:col: message` comments (one per diagnostic, in order).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "lang/syntax/parser.h"

namespace ps::lang {
namespace {

// The corpus directory: PS_LANG_ERRORS_DIR if the build defines it, else found from this file.
std::filesystem::path corpus_dir() {
#ifdef PS_LANG_ERRORS_DIR
  return PS_LANG_ERRORS_DIR;
#else
  return std::filesystem::path(__FILE__).parent_path().parent_path() / "errors" / "syntax";
#endif
}

std::vector<std::string> expectations(const std::string& source) {
  std::vector<std::string> out;
  std::istringstream in(source);
  std::string line;
  const std::string marker = "// expect: ";
  while (std::getline(in, line)) {
    size_t at = line.find(marker);
    if (at != std::string::npos) out.push_back(line.substr(at + marker.size()));
  }
  return out;
}

TEST(ErrorCorpus, EveryProgramReportsExactlyItsExpectedDiagnostics) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(corpus_dir())) {
    if (entry.path().extension() == ".rs") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 25u) << corpus_dir();
  for (const auto& path : files) {
    std::ifstream f(path, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    std::string source = ss.str();
    std::vector<std::string> expected = expectations(source);
    ParseResult r = parse(source);
    std::vector<std::string> actual;
    for (const Diagnostic& d : r.diagnostics) actual.push_back(to_string(d));
    EXPECT_FALSE(expected.empty()) << path.filename() << " has no `// expect:` line";
    EXPECT_EQ(actual, expected) << path.filename();
  }
}

}  // namespace
}  // namespace ps::lang
