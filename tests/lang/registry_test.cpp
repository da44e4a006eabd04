// The runtime library's one table of API families (lang/lib/registry.cpp):
// each path and each method is declared once, every future label is
// registered, and the tables the compiler and the VM see are built from it.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <tuple>
#include <utility>

#include "lang/lib/family.h"
#include "lang/lib/registry.h"

namespace ps::lang {
namespace {

TEST(Registry, every_path_is_declared_by_one_family) {
  std::set<std::string_view> paths;
  size_t count = 0;
  for (const ApiFamily* f : api_families())
    for (const FnDef& d : f->functions) {
      EXPECT_TRUE(paths.insert(d.path).second) << d.path << " is declared twice (" << f->name << ")";
      ++count;
    }
  EXPECT_EQ(native_table().size, count);
  for (std::string_view p : paths) EXPECT_GE(native_index().find(p), 0) << p;
  EXPECT_EQ(native_index().find("tokio::sync::watch::channel"), -1);
}

TEST(Registry, a_method_name_is_declared_once_per_receiver) {
  std::set<std::tuple<bool, Receiver, HandleKind, std::string_view>> seen;
  for (const ApiFamily* f : api_families())
    for (const MethodGroup& g : f->methods)
      for (const MethodDef& m : g.methods)
        EXPECT_TRUE(seen.insert({f->through_guards, g.on, g.handle, m.name}).second)
            << m.name << " is declared twice for one receiver (" << f->name << ")";
}

TEST(Registry, every_future_label_has_its_slot) {
  const NativeTable& t = native_table();
  ASSERT_GT(t.label_count, 10u);
  std::set<std::string_view> texts;
  for (size_t i = 0; i < t.label_count; ++i) {
    EXPECT_EQ(t.labels[i]->slot, i);
    texts.insert(t.labels[i]->text);
  }
  for (const char* label : {"sleep", "recv", "send", "join!", "select!", "oneshot::Receiver", "tick", "lock"})
    EXPECT_TRUE(texts.count(label)) << label;
}

TEST(Registry, every_doc_is_one_line_with_a_signature) {
  size_t docs = 0;
  auto check = [&](std::string_view name, const Doc& d) {
    if (d.text.empty()) return;
    ++docs;
    EXPECT_FALSE(d.signature.empty()) << name;
    EXPECT_GT(d.text.size(), 10u) << name;
    EXPECT_EQ(d.text.find('\n'), std::string_view::npos) << name;
    EXPECT_FALSE(d.insert.empty()) << name;
  };
  for (const ApiFamily* f : api_families()) {
    EXPECT_FALSE(f->summary.empty()) << f->name;
    for (const FnDef& d : f->functions) check(d.path, d.doc);
    for (const MethodGroup& g : f->methods)
      for (const MethodDef& m : g.methods) check(m.name, m.doc);
    for (const DocDef& d : f->docs) {
      EXPECT_FALSE(d.doc.text.empty()) << d.name;
      check(d.name, d.doc);
    }
  }
  EXPECT_GE(docs, 45u);
}

}  // namespace
}  // namespace ps::lang
