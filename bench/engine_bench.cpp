// Scheduler throughput of the engine, in polls per second, for the two
// shapes bench/compare_tokio.sh also runs on real Tokio:
//   BM_YieldStorm   10,000 spawned tasks, each awaiting yield_now() 100 times
//   BM_SelfWake     one spawned task that wakes itself 1,000,000 times
//   BM_SelfWakeMain the same future as the block_on (main) future
// The `trace` argument says whether events are stored (1) or only counted (0).
#include <benchmark/benchmark.h>

#include "engine.h"

using namespace ps;

namespace {

// Awaits yield_now() `n` times, then Ready.
class Yielder final : public Future<Unit> {
 public:
  explicit Yielder(int n) : left_(n) {}
  Poll<Unit> poll(Context& cx) override {
    for (;;) {
      if (yielding_) {
        if (y_.poll(cx).is_pending()) return Pending;
        yielding_ = false;
      }
      if (left_ == 0) return Ready(Unit{});
      --left_;
      y_ = YieldNow();
      yielding_ = true;
    }
  }

 private:
  int left_;
  bool yielding_ = false;
  YieldNow y_;
};

// Wakes itself with wake_by_ref and returns Pending `n` times.
class SelfWaker final : public Future<Unit> {
 public:
  explicit SelfWaker(int n) : left_(n) {}
  Poll<Unit> poll(Context& cx) override {
    if (left_ == 0) return Ready(Unit{});
    --left_;
    cx.waker().wake_by_ref();
    return Pending;
  }

 private:
  int left_;
};

RunOptions bench_options(bool trace) {
  RunOptions o;
  o.record = trace;
  o.limits.max_events = UINT64_MAX;
  o.limits.max_polls = UINT64_MAX;
  return o;
}

// Main spawns the tasks, then awaits each handle.
class SpawnAndJoin final : public Future<Unit> {
 public:
  SpawnAndJoin(Runtime& rt, int tasks, int yields) : rt_(rt), tasks_(tasks), yields_(yields) {}
  Poll<Unit> poll(Context& cx) override {
    if (handles_.empty() && next_ == 0) {
      handles_.reserve(tasks_);
      for (int i = 0; i < tasks_; ++i) handles_.push_back(rt_.spawn<Unit>(boxed(Yielder(yields_))));
    }
    for (; next_ < handles_.size(); ++next_)
      if (handles_[next_].poll(cx).is_pending()) return Pending;
    return Ready(Unit{});
  }

 private:
  Runtime& rt_;
  int tasks_, yields_;
  std::vector<JoinHandle<Unit>> handles_;
  size_t next_ = 0;
};

void BM_YieldStorm(benchmark::State& state) {
  uint64_t polls = 0;
  for (auto _ : state) {
    Runtime rt(bench_options(state.range(0) != 0));
    rt.start<Unit>(std::make_unique<SpawnAndJoin>(rt, 10'000, 100));
    rt.advance();
    if (rt.status() != RunStatus::Completed) state.SkipWithError("run did not complete");
    polls += rt.poll_count();
  }
  state.counters["polls_per_sec"] = benchmark::Counter(static_cast<double>(polls), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_YieldStorm)->ArgName("trace")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// Main awaits the self-waking task.
void BM_SelfWake(benchmark::State& state) {
  uint64_t polls = 0;
  for (auto _ : state) {
    Runtime rt(bench_options(state.range(0) != 0));
    auto h = rt.spawn<Unit>(boxed(SelfWaker(1'000'000)));
    rt.start<Result<Unit, JoinError>>(boxed(std::move(h)));
    rt.advance();
    if (rt.status() != RunStatus::Completed) state.SkipWithError("run did not complete");
    polls += rt.poll_count();
  }
  state.counters["polls_per_sec"] = benchmark::Counter(static_cast<double>(polls), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_SelfWake)->ArgName("trace")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_SelfWakeMain(benchmark::State& state) {
  uint64_t polls = 0;
  for (auto _ : state) {
    Runtime rt(bench_options(state.range(0) != 0));
    rt.start<Unit>(boxed(SelfWaker(1'000'000)));
    rt.advance();
    if (rt.status() != RunStatus::Completed) state.SkipWithError("run did not complete");
    polls += rt.poll_count();
  }
  state.counters["polls_per_sec"] = benchmark::Counter(static_cast<double>(polls), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_SelfWakeMain)->ArgName("trace")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
