#include "lang/syntax/ast_dump.h"

#include <cstdio>

#include "lang/base/literal.h"

namespace ps::lang {

namespace {

std::string quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string path_text(const Path& p) {
  std::string out = p.global ? "::" : "";
  for (size_t i = 0; i < p.segments.size(); i++) {
    if (i > 0) out += "::";
    out += p.segments[i].name;
    if (p.segments[i].has_generic_args) out += "::<>";
  }
  return out;
}

// Joins the dumps of a list, each preceded by a space.
template <class T>
std::string list(const std::vector<T*>& xs) {
  std::string out;
  for (const T* x : xs) out += " " + dump(x);
  return out;
}

std::string lit_text(const LitExpr& l) {
  switch (l.kind) {
    case LitKind::Int: return std::to_string(l.int_value) + std::string(l.suffix);
    case LitKind::Float: {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%g", l.float_value);
      return std::string(buf) + std::string(l.suffix);
    }
    case LitKind::Bool: return l.bool_value ? "true" : "false";
    case LitKind::Str: return quote(l.str_value);
    case LitKind::Char: {
      std::string s = "'";
      append_utf8(s, l.char_value);
      return s + "'";
    }
  }
  return "?";
}

std::string labeled(std::string_view label, const std::string& s) {
  return label.empty() ? s : std::string(label) + ": " + s;
}

std::string macro_text(const MacroExpr& m) {
  std::string out = "(" + std::string(macro_kind_name(m.kind)) + "!";
  if (m.biased) out += " biased";
  out += list(m.args);
  if (m.repeat_count) out += " ; " + dump(m.repeat_count);
  if (m.pattern) out += " " + dump(m.pattern);
  if (m.guard) out += " if " + dump(m.guard);
  if (m.format) out += " " + dump(*m.format);
  for (const FormatArg& a : m.format_args) {
    out += " " + (a.name.empty() ? "" : std::string(a.name) + "=") + dump(a.value);
  }
  for (const SelectBranch& b : m.branches) {
    out += " (branch " + dump(b.pattern) + " " + dump(b.future);
    if (b.guard) out += " if " + dump(b.guard);
    out += " => " + dump(b.body) + ")";
  }
  if (m.else_body) out += " (else " + dump(m.else_body) + ")";
  return out + ")";
}

// One visitor per node kind, each returning the S-expression text.
struct ExprDumper {
  std::string operator()(const LitExpr& e) const { return lit_text(e); }
  std::string operator()(const PathExpr& e) const { return path_text(e.path); }
  std::string operator()(const CallExpr& e) const { return "(call " + dump(e.callee) + list(e.args) + ")"; }
  std::string operator()(const MethodCallExpr& e) const {
    return "(method " + dump(e.receiver) + " " + std::string(e.name) + (e.turbofish ? "::<>" : "") + list(e.args) + ")";
  }
  std::string operator()(const FieldExpr& e) const { return "(. " + dump(e.base) + " " + std::string(e.name) + ")"; }
  std::string operator()(const TupleIndexExpr& e) const {
    return "(. " + dump(e.base) + " " + std::to_string(e.index) + ")";
  }
  std::string operator()(const IndexExpr& e) const { return "(index " + dump(e.base) + " " + dump(e.index) + ")"; }
  std::string operator()(const UnaryExpr& e) const {
    return "(" + std::string(unary_op_text(e.op)) + " " + dump(e.operand) + ")";
  }
  std::string operator()(const BinaryExpr& e) const {
    return "(" + std::string(binary_op_text(e.op)) + " " + dump(e.lhs) + " " + dump(e.rhs) + ")";
  }
  std::string operator()(const AssignExpr& e) const {
    std::string op = e.op ? std::string(binary_op_text(*e.op)) + "=" : "=";
    return "(" + op + " " + dump(e.lhs) + " " + dump(e.rhs) + ")";
  }
  std::string operator()(const RangeExpr& e) const {
    return std::string("(") + (e.inclusive ? "..=" : "..") + " " + (e.start ? dump(e.start) : "_") + " " +
           (e.end ? dump(e.end) : "_") + ")";
  }
  std::string operator()(const CastExpr& e) const {
    return "(as " + dump(e.value) + " " + std::string(e.type.text) + ")";
  }
  std::string operator()(const BlockExpr& e) const {
    std::string s = dump(e.block);
    if (e.is_async) s = std::string("(async") + (e.is_move ? " move " : " ") + s + ")";
    return labeled(e.label, s);
  }
  std::string operator()(const IfExpr& e) const {
    std::string s = e.let_pattern ? "(if-let " + dump(e.let_pattern) + " " : "(if ";
    s += dump(e.cond) + " " + dump(e.then_block);
    if (e.else_branch) s += " else " + dump(e.else_branch);
    return s + ")";
  }
  std::string operator()(const WhileExpr& e) const {
    std::string s = e.let_pattern ? "(while-let " + dump(e.let_pattern) + " " : "(while ";
    return labeled(e.label, s + dump(e.cond) + " " + dump(e.body) + ")");
  }
  std::string operator()(const LoopExpr& e) const { return labeled(e.label, "(loop " + dump(e.body) + ")"); }
  std::string operator()(const ForExpr& e) const {
    return labeled(e.label, "(for " + dump(e.pattern) + " " + dump(e.iter) + " " + dump(e.body) + ")");
  }
  std::string operator()(const MatchExpr& e) const {
    std::string s = "(match " + dump(e.scrutinee);
    for (const MatchArm& a : e.arms) {
      s += " (" + dump(a.pattern);
      if (a.guard) s += " if " + dump(a.guard);
      s += " => " + dump(a.body) + ")";
    }
    return s + ")";
  }
  std::string operator()(const BreakExpr& e) const {
    std::string s = "(break";
    if (!e.label.empty()) s += " " + std::string(e.label);
    if (e.value) s += " " + dump(e.value);
    return s + ")";
  }
  std::string operator()(const ContinueExpr& e) const {
    return e.label.empty() ? "(continue)" : "(continue " + std::string(e.label) + ")";
  }
  std::string operator()(const ReturnExpr& e) const { return e.value ? "(return " + dump(e.value) + ")" : "(return)"; }
  std::string operator()(const ClosureExpr& e) const {
    std::string s = "(";
    if (e.is_async) s += "async ";
    if (e.is_move) s += "move ";
    s += "|";
    for (size_t i = 0; i < e.params.size(); i++) {
      if (i > 0) s += " ";
      s += dump(e.params[i].pattern);
      if (e.params[i].type) s += ": " + std::string(e.params[i].type->text);
    }
    return s + "| " + dump(e.body) + ")";
  }
  std::string operator()(const AwaitExpr& e) const { return "(await " + dump(e.future) + ")"; }
  std::string operator()(const TryExpr& e) const { return "(? " + dump(e.operand) + ")"; }
  std::string operator()(const StructExpr& e) const {
    std::string s = "(struct " + path_text(e.path);
    for (const FieldInit& f : e.fields) {
      s += f.shorthand ? " " + std::string(f.name) : " (" + std::string(f.name) + " " + dump(f.value) + ")";
    }
    if (e.base) s += " .." + dump(e.base);
    return s + ")";
  }
  std::string operator()(const TupleExpr& e) const { return e.elems.empty() ? "()" : "(tuple" + list(e.elems) + ")"; }
  std::string operator()(const ParenExpr& e) const { return dump(e.inner); }
  std::string operator()(const ArrayExpr& e) const {
    std::string s = list(e.elems);
    return "[" + (s.empty() ? s : s.substr(1)) + "]";
  }
  std::string operator()(const RepeatExpr& e) const { return "[" + dump(e.value) + "; " + dump(e.count) + "]"; }
  std::string operator()(const MacroExpr& e) const { return macro_text(e); }
  std::string operator()(const ErrorExpr&) const { return "<error>"; }
};

struct PatternDumper {
  std::string operator()(const WildcardPat&) const { return "_"; }
  std::string operator()(const RestPat&) const { return ".."; }
  std::string operator()(const IdentPat& p) const {
    std::string s = p.by_ref ? "ref " : "";
    if (p.is_mut) s += "mut ";
    s += p.name;
    if (p.subpattern) s += " @ " + dump(p.subpattern);
    return s;
  }
  std::string operator()(const LitPat& p) const { return dump(p.value); }
  std::string operator()(const RangePat& p) const {
    return std::string("(") + (p.inclusive ? "..=" : "..") + " " + (p.lo ? dump(p.lo) : "_") + " " +
           (p.hi ? dump(p.hi) : "_") + ")";
  }
  std::string operator()(const PathPat& p) const { return path_text(p.path); }
  std::string operator()(const TupleStructPat& p) const { return "(" + path_text(p.path) + list(p.elems) + ")"; }
  std::string operator()(const StructPat& p) const {
    std::string s = "(struct " + path_text(p.path);
    for (const FieldPat& f : p.fields) s += " (" + std::string(f.name) + " " + dump(f.pattern) + ")";
    if (p.has_rest) s += " ..";
    return s + ")";
  }
  std::string operator()(const TuplePat& p) const { return "(tuple" + list(p.elems) + ")"; }
  std::string operator()(const SlicePat& p) const {
    std::string s = list(p.elems);
    return "[" + (s.empty() ? s : s.substr(1)) + "]";
  }
  std::string operator()(const OrPat& p) const { return "(|" + list(p.alts) + ")"; }
  std::string operator()(const RefPat& p) const {
    return std::string("(") + (p.is_mut ? "&mut " : "& ") + dump(p.pattern) + ")";
  }
  std::string operator()(const ErrorPat&) const { return "<error>"; }
};

std::string fn_text(const FnItem& f) {
  std::string s = f.is_async ? "(async-fn " : "(fn ";
  s += std::string(f.name) + " (";
  bool first = true;
  if (f.self_param) {
    s += f.self_param->is_ref ? (f.self_param->is_mut ? "&mut self" : "&self")
                              : (f.self_param->is_mut ? "mut self" : "self");
    first = false;
  }
  for (const Param& p : f.params) {
    if (!first) s += " ";
    s += dump(p.pattern);
    first = false;
  }
  s += ")";
  if (f.return_type) s += " -> " + std::string(f.return_type->text);
  return s + " " + (f.body ? dump(f.body) : "<none>") + ")";
}

struct ItemDumper {
  std::string operator()(const UseItem& u) const {
    std::string s = "(use";
    for (const UseEntry& e : u.entries) {
      s += " ";
      for (size_t i = 0; i < e.path.size(); i++) {
        if (i > 0) s += "::";
        s += e.path[i];
      }
      if (e.glob)
        s += "::*";
      else if (e.path.empty() || e.alias != e.path.back())
        s += " as " + std::string(e.alias);
    }
    return s + ")";
  }
  std::string operator()(const StructItem& st) const {
    std::string s = "(struct " + std::string(st.name);
    if (st.kind == StructKind::Unit) return s + ")";
    for (const FieldDef& f : st.fields) {
      s += " (" + (f.name.empty() ? "" : std::string(f.name) + " ") + std::string(f.type.text) + ")";
    }
    return s + (st.kind == StructKind::Tuple ? " tuple)" : ")");
  }
  std::string operator()(const EnumItem& e) const {
    std::string s = "(enum " + std::string(e.name);
    for (const Variant& v : e.variants) {
      s += " " + std::string(v.name);
      if (v.kind != StructKind::Unit) s += "(" + std::to_string(v.fields.size()) + ")";
    }
    return s + ")";
  }
  std::string operator()(const FnItem& f) const { return fn_text(f); }
  std::string operator()(const ImplItem& i) const {
    std::string s = "(impl ";
    if (i.trait_path) s += path_text(*i.trait_path) + " for ";
    s += std::string(i.self_type.text);
    for (const Item* it : i.items) s += " " + dump(it);
    return s + ")";
  }
  std::string operator()(const ConstItem& c) const {
    return std::string(c.is_static ? "(static " : "(const ") + std::string(c.name) + " " +
           (c.value ? dump(c.value) : "<none>") + ")";
  }
  std::string operator()(const TypeAliasItem& t) const {
    return "(type " + std::string(t.name) + " " + (t.type ? std::string(t.type->text) : "") + ")";
  }
  std::string operator()(const ModItem& m) const {
    std::string s = "(mod " + std::string(m.name);
    for (const Item* it : m.items) s += " " + dump(it);
    return s + ")";
  }
  std::string operator()(const TraitItem& t) const {
    std::string s = "(trait " + std::string(t.name);
    for (const Item* it : t.items) s += " " + dump(it);
    return s + ")";
  }
};

}  // namespace

std::string dump(const Expr* e) { return e ? std::visit(ExprDumper{}, e->node) : "<null>"; }

std::string dump(const Pattern* p) { return p ? std::visit(PatternDumper{}, p->node) : "<null>"; }

std::string dump(const Block* b) {
  if (!b) return "<null>";
  std::string s = "{";
  bool first = true;
  for (const Stmt* st : b->stmts) {
    if (!first) s += " ";
    s += dump(st);
    first = false;
  }
  if (b->tail) s += (first ? "" : " ") + dump(b->tail);
  return s + "}";
}

std::string dump(const Stmt* s) {
  if (const LetStmt* l = s->as<LetStmt>()) {
    std::string out = "(let " + dump(l->pattern);
    if (l->init) out += " " + dump(l->init);
    if (l->else_block) out += " else " + dump(l->else_block);
    return out + ");";
  }
  if (const ExprStmt* e = s->as<ExprStmt>()) return dump(e->expr) + (e->has_semi ? ";" : "");
  if (const ItemStmt* i = s->as<ItemStmt>()) return dump(i->item);
  return "?";
}

std::string dump(const Item* item) {
  std::string attrs;
  for (const Attribute& a : item->attrs) attrs += "#[" + a.path + "] ";
  return attrs + std::visit(ItemDumper{}, item->node);
}

// Pieces in order: literals quoted, placeholders as `{index:spec}` or `{name:spec}`.
std::string dump(const FormatString& f) {
  std::string s = "(fmt";
  for (const FormatPiece& p : f.pieces) {
    if (p.kind == FormatPiece::Kind::Literal) {
      s += " " + quote(p.literal);
      continue;
    }
    s += " {";
    s += p.arg.kind == FormatArgRef::Kind::Capture ? p.arg.name
         : !p.arg.name.empty()                     ? p.arg.name
                                                   : std::to_string(p.arg.index);
    const FormatSpec& sp = p.spec;
    std::string spec;
    if (sp.align != FormatAlign::None) {
      if (sp.fill != ' ') append_utf8(spec, sp.fill);
      spec += sp.align == FormatAlign::Left ? "<" : sp.align == FormatAlign::Right ? ">" : "^";
    }
    if (sp.sign_plus) spec += "+";
    if (sp.alternate) spec += "#";
    if (sp.zero_pad) spec += "0";
    if (sp.width.kind == FormatCount::Kind::Literal) spec += std::to_string(sp.width.value);
    if (sp.width.kind == FormatCount::Kind::Arg) {
      spec += (sp.width.arg.name.empty() ? std::to_string(sp.width.arg.index) : sp.width.arg.name) + "$";
    }
    if (sp.precision.kind == FormatCount::Kind::Literal) spec += "." + std::to_string(sp.precision.value);
    if (sp.precision.kind == FormatCount::Kind::Arg) {
      spec +=
          "." + (sp.precision.arg.name.empty() ? std::to_string(sp.precision.arg.index) : sp.precision.arg.name) + "$";
    }
    switch (sp.trait) {
      case FormatTrait::Display: break;
      case FormatTrait::Debug: spec += "?"; break;
      case FormatTrait::LowerHex: spec += "x"; break;
      case FormatTrait::UpperHex: spec += "X"; break;
      case FormatTrait::Octal: spec += "o"; break;
      case FormatTrait::Binary: spec += "b"; break;
      case FormatTrait::LowerExp: spec += "e"; break;
      case FormatTrait::UpperExp: spec += "E"; break;
    }
    if (!spec.empty()) s += ":" + spec;
    s += "}";
  }
  return s + ")";
}

std::string dump(const Ast& ast) {
  std::string out;
  for (const Item* item : ast.items) out += dump(item) + "\n";
  return out;
}

}  // namespace ps::lang
