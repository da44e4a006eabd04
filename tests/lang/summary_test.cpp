// The run's summary: the one-line note on what real Tokio may do differently
// with main's attribute, and where a run that did not complete stopped.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "lang/session/session.h"

namespace ps::lang {
namespace {

std::string note_of(const std::string& attribute) {
  Session s(attribute + "\nasync fn main() { println!(\"hi\"); }\n", RunConfig{});
  EXPECT_TRUE(s.compiled());
  return s.runtime_note();
}

TEST(RuntimeNote, TheModelledRuntimeNeedsNoNote) {
  EXPECT_EQ(note_of("#[tokio::main(flavor = \"current_thread\", start_paused = true)]"), "");
  EXPECT_EQ(note_of("#[tokio::main(start_paused=true, flavor=\"current_thread\")]"), "");
}

TEST(RuntimeNote, TheMultiThreadRuntimeIsNamed) {
  std::string n = note_of("#[tokio::main]");
  EXPECT_NE(n.find("multi-thread runtime"), std::string::npos) << n;
  EXPECT_NE(n.find("real time"), std::string::npos) << n;
}

TEST(RuntimeNote, RealTimeIsNamedWhenOnlyStartPausedIsMissing) {
  std::string n = note_of("#[tokio::main(flavor = \"current_thread\")]");
  EXPECT_EQ(n.find("multi-thread"), std::string::npos) << n;
  EXPECT_NE(n.find("start_paused = true"), std::string::npos) << n;
}

TEST(RuntimeNote, TheSummaryCarriesIt) {
  Session s("#[tokio::main]\nasync fn main() {}\n", RunConfig{});
  s.advance();
  EXPECT_NE(s.summary_json().find("\"runtimeNote\":\"pollscope models"), std::string::npos);
}

// A deadlock's location is the `.await` the lost waker leaves pending, not
// the last line that ran.
TEST(RunSummary, ADeadlockPointsAtTheAwaitItWaitsOn) {
  std::ifstream in(std::string(POLLSCOPE_ROOT) + "/scenarios/lost_waker.rs");
  std::stringstream src;
  src << in.rdbuf();
  Session s(src.str(), RunConfig{});
  s.advance();
  ASSERT_EQ(s.status(), RunStatus::Deadlock);
  std::string j = s.summary_json();
  EXPECT_NE(j.find("\"line\":31,\"col\":32"), std::string::npos) << j;
}

}  // namespace
}  // namespace ps::lang
