// The trace of one run: the event array, interned strings and future paths.
//
// A *path* names a nested future the way the trace shows it: the task's root,
// then each named future polled inside it (task -> join -> A). Paths are
// created once per named future and never freed during a run, so a path id is
// a stable, cheap handle that wakers and events can carry.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "trace/event.h"
#include "trace/event_log.h"

namespace ps {

// A source location registered by the language layer; events carry its id.
struct SourceSpan {
  uint32_t line;
  uint32_t col;
  uint32_t len;
};

// A node of the path tree: `label` (an interned string) under `parent`.
struct PathNode {
  uint32_t parent;  // 0 for a task's root
  uint32_t label;   // interned string id
  uint32_t task;
  uint16_t depth;  // 0 for a task's root
};

class Trace {
 public:
  Trace();

  // Returns the id of `s`, adding it on first use. Id 0 is the empty string.
  uint32_t intern(std::string_view s);
  std::string_view str(uint32_t id) const { return strings_[id]; }

  // Creates the path `label` under `parent` (0 = a new root) for `task`.
  uint32_t new_path(uint32_t parent, std::string_view label, uint32_t task);
  const PathNode& path(uint32_t id) const { return paths_[id]; }
  // The path `label` (an interned id) under `parent`, created once and then
  // reused, so awaiting the same kind of future in a loop adds no paths.
  uint32_t child_path(uint32_t parent, uint32_t label, uint32_t task);

  // Task names, by task id (main is 0).
  void set_task_name(uint32_t task, uint32_t name) {
    if (task_names_.size() <= task) task_names_.resize(task + 1, 0);
    task_names_[task] = name;
  }
  std::string_view task_name(uint32_t task) const {
    return task < task_names_.size() ? str(task_names_[task]) : std::string_view("?");
  }

  // Registers a source span; id 0 means "no span".
  uint32_t add_span(SourceSpan s) {
    spans_.push_back(s);
    return static_cast<uint32_t>(spans_.size() - 1);
  }
  const SourceSpan& span(uint32_t id) const { return spans_[id < spans_.size() ? id : 0]; }
  const std::vector<SourceSpan>& spans() const { return spans_; }

  void push(const Event& e) { events_.push_back(e); }
  const EventLog& events() const { return events_; }
  size_t size() const { return events_.size(); }

  // When false, events are counted but not stored (for benchmarks).
  bool recording = true;
  // Kinds that are stored (bit per EventKind); others are only counted.
  uint32_t keep_mask = ~0u;
  void keep_only(std::initializer_list<EventKind> kinds) {
    keep_mask = 0;
    for (EventKind k : kinds) keep_mask |= 1u << static_cast<uint32_t>(k);
  }
  bool keeps(EventKind k) const { return (keep_mask >> static_cast<uint32_t>(k)) & 1u; }

 private:
  EventLog events_;
  std::vector<std::string> strings_;
  std::unordered_map<std::string, uint32_t> string_ids_;
  std::vector<PathNode> paths_;
  std::vector<SourceSpan> spans_;
  std::vector<uint32_t> task_names_;
  std::unordered_map<uint64_t, uint32_t> children_;
};

}  // namespace ps
