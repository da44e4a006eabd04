#include "lang/syntax/ast.h"

namespace ps::lang {

// Segments joined with `::`, with a leading `::` for global paths.
std::string Path::text() const {
  std::string out = global ? "::" : "";
  for (size_t i = 0; i < segments.size(); i++) {
    if (i > 0) out += "::";
    out += segments[i].name;
  }
  return out;
}

bool cfg_test(const Item& item) {
  for (const Attribute& a : item.attrs)
    if (a.is("cfg") && a.args == "test") return true;
  return false;
}

bool Item::has_attr(std::string_view path) const {
  for (const Attribute& a : attrs) {
    if (a.path == path) return true;
  }
  return false;
}

// The first top-level `fn main`.
const FnItem* Ast::main() const {
  for (const Item* item : items) {
    if (const FnItem* fn = item->as<FnItem>(); fn && fn->name == "main") return fn;
  }
  return nullptr;
}

// A span of a macro body carries its call site's line and column; the definition's own
// tokens keep theirs, so the two never meet.
bool Ast::in_expansion(const Span& s) const {
  for (const MacroSite& m : macro_sites) {
    if (s.offset >= m.body_begin && s.offset < m.body_end && s.line == m.line && s.col == m.col) return true;
  }
  return false;
}

const char* macro_kind_name(MacroKind kind) {
  switch (kind) {
    case MacroKind::Println: return "println";
    case MacroKind::Print: return "print";
    case MacroKind::Eprintln: return "eprintln";
    case MacroKind::Eprint: return "eprint";
    case MacroKind::Format: return "format";
    case MacroKind::Panic: return "panic";
    case MacroKind::Unreachable: return "unreachable";
    case MacroKind::Todo: return "todo";
    case MacroKind::Unimplemented: return "unimplemented";
    case MacroKind::Write: return "write";
    case MacroKind::Writeln: return "writeln";
    case MacroKind::Assert: return "assert";
    case MacroKind::AssertEq: return "assert_eq";
    case MacroKind::AssertNe: return "assert_ne";
    case MacroKind::Vec: return "vec";
    case MacroKind::Matches: return "matches";
    case MacroKind::Dbg: return "dbg";
    case MacroKind::Join: return "join";
    case MacroKind::TryJoin: return "try_join";
    case MacroKind::Select: return "select";
  }
  return "?";
}

}  // namespace ps::lang
