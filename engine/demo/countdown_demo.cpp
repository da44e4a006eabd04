// The article's CountdownFuture on the engine, with its full trace.
//
// A hand-written state machine: each poll prints the count, decrements it,
// wakes its own task with wake_by_ref and returns Pending, until the count
// reaches 0 and it returns Ready("Blastoff! 🚀").
#include <unistd.h>

#include <cstdio>
#include <string>

#include "engine.h"

using namespace ps;

class CountdownFuture final : public Future<std::string> {
 public:
  explicit CountdownFuture(uint32_t count) : count_(count) {}

  Poll<std::string> poll(Context& cx) override {
    if (count_ == 0) return Ready(std::string("Blastoff! 🚀"));
    cx.runtime().output("Counting down: " + std::to_string(count_));
    count_ -= 1;
    cx.waker().wake_by_ref();
    return Pending;
  }

 private:
  uint32_t count_;
};

int main() {
  Runtime rt;
  rt.start(traced<std::string>(rt, "countdown", boxed(CountdownFuture(3))));
  rt.advance();
  std::fputs(format_trace(rt.trace(), {.color = isatty(1) != 0}).c_str(), stdout);
  auto result = rt.take_main_output<std::string>();
  std::printf("%s\n", result ? result->c_str() : "(no result)");
  return rt.status() == RunStatus::Completed ? 0 : 1;
}
