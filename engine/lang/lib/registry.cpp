// The registry of natives: each library file contributes a table of
// functions by canonical path and a method lookup by receiver kind.
#include <string>
#include <unordered_map>
#include <vector>

#include "lang/lib/registry.h"
#include "lang/vm/natives.h"

namespace ps::lang {

namespace {

const std::vector<NativeDef>& all() {
  static const std::vector<NativeDef> table = [] {
    std::vector<NativeDef> t;
    for (auto list : {std_natives(), tokio_natives()})
      for (size_t i = 0; i < list.size; ++i) t.push_back(list.defs[i]);
    return t;
  }();
  return table;
}

const std::unordered_map<std::string, int32_t>& index() {
  static const std::unordered_map<std::string, int32_t> map = [] {
    std::unordered_map<std::string, int32_t> m;
    const auto& t = all();
    for (size_t i = 0; i < t.size(); ++i) m.emplace(std::string(t[i].path), static_cast<int32_t>(i));
    return m;
  }();
  return map;
}

bool find_method(Interp& in, const Value& receiver, std::string_view name, NativeFn& fn) {
  return tokio_method(in, receiver, name, fn) || std_method(in, receiver, name, fn);
}

// The index the compiler resolves paths against: a view of the same table.
class TableIndex final : public NativeIndex {
 public:
  int32_t find(std::string_view path) const override {
    auto it = index().find(std::string(path));
    return it == index().end() ? -1 : it->second;
  }
  NativeSignature signature(uint32_t i) const override {
    const NativeDef& d = all()[i];
    return {d.path, d.min_args, d.max_args};
  }
};

}  // namespace

const NativeIndex& native_index() {
  static const TableIndex idx;
  return idx;
}

const NativeTable& native_table() {
  static const NativeTable table{all().data(), all().size(), &find_method};
  return table;
}

}  // namespace ps::lang
