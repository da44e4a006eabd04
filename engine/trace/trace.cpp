#include "trace/trace.h"

namespace ps {

Trace::Trace() {
  strings_.emplace_back();
  string_ids_.emplace(std::string(), 0);
  paths_.push_back(PathNode{0, 0, 0, 0});
  spans_.push_back(SourceSpan{0, 0, 0});
}

uint32_t Trace::intern(std::string_view s) {
  auto it = string_ids_.find(std::string(s));
  if (it != string_ids_.end()) return it->second;
  auto id = static_cast<uint32_t>(strings_.size());
  strings_.emplace_back(s);
  string_ids_.emplace(strings_.back(), id);
  return id;
}

uint32_t Trace::new_path(uint32_t parent, std::string_view label, uint32_t task) {
  auto id = static_cast<uint32_t>(paths_.size());
  uint16_t depth = parent == 0 ? 0 : static_cast<uint16_t>(paths_[parent].depth + 1);
  paths_.push_back(PathNode{parent, intern(label), task, depth});
  return id;
}

uint32_t Trace::child_path(uint32_t parent, uint32_t label, uint32_t task) {
  uint64_t key = (static_cast<uint64_t>(parent) << 32) | label;
  auto it = children_.find(key);
  if (it != children_.end()) return it->second;
  auto id = static_cast<uint32_t>(paths_.size());
  uint16_t depth = parent == 0 ? 0 : static_cast<uint16_t>(paths_[parent].depth + 1);
  paths_.push_back(PathNode{parent, label, task, depth});
  children_.emplace(key, id);
  return id;
}

}  // namespace ps
