// The oracle's view of a trace: the lines shared/oracle-tokio's Traced
// wrappers print (poll/ready/pending/wake/drop of named futures, plus the
// program's output), optionally prefixed with virtual time.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include "engine.h"

namespace ps::testing {

inline std::string oracle_view(const Trace& t, bool timed) {
  std::string out;
  auto line = [&](const Event& e, const std::string& text) {
    if (timed) out += "[t=" + std::to_string(e.time_us / 1000) + "ms] ";
    out += text + "\n";
  };
  auto label = [&](uint32_t path) { return std::string(t.str(t.path(path).label)); };
  for (const Event& e : t.events()) {
    switch (e.kind) {
      case EventKind::FuturePollBegin: line(e, "poll " + label(e.a)); break;
      case EventKind::FuturePollEnd: line(e, (e.flags & kFlagReady ? "ready " : "pending ") + label(e.a)); break;
      case EventKind::Wake:
        for (uint32_t p = e.a; p != 0 && t.path(p).parent != 0; p = t.path(p).parent) line(e, "wake " + label(p));
        break;
      case EventKind::FutureDrop: line(e, "drop " + label(e.a)); break;
      case EventKind::Output: line(e, std::string(t.str(e.a))); break;
      default: break;
    }
  }
  return out;
}

inline std::string read_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

}  // namespace ps::testing
