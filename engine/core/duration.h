// Duration: a span of virtual time, with Rust's constructor names.
#pragma once

#include <cstdint>

namespace ps {

struct Duration {
  uint64_t us = 0;

  static constexpr Duration from_secs(uint64_t s) { return {s * 1'000'000}; }
  static constexpr Duration from_millis(uint64_t ms) { return {ms * 1000}; }
  static constexpr Duration from_micros(uint64_t us) { return {us}; }
  constexpr uint64_t as_millis() const { return us / 1000; }
  constexpr double as_secs_f64() const { return static_cast<double>(us) / 1e6; }
};

}  // namespace ps
