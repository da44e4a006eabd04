// Pass 1 (items) and the per-function driver of the compiler.
#include <algorithm>
#include <cctype>

#include "lang/compile/compiler.h"
#include "lang/program/native_index.h"
#include "lang/program/value.h"

namespace ps::lang {

bool CompileResult::ok() const {
  return std::none_of(diagnostics.begin(), diagnostics.end(),
                      [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

CompileResult compile(const Ast& ast, const NativeIndex& natives) {
  CompileResult r;
  r.program = std::make_unique<Program>();
  r.program->spans.push_back(Span{0, 0, 0, 0});
  Compiler c(ast, natives, *r.program, r.diagnostics);
  c.run();
  std::stable_sort(r.diagnostics.begin(), r.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.span.offset < b.span.offset; });
  return r;
}

void Compiler::run() {
  collect_modules(ast_.items);
  collect_traits(ast_.items);
  infer_numbers(ast_, numbers_);
  collect(ast_.items, "");
  // Bodies may declare more functions (nested items), so index, not iterate.
  for (size_t i = 0; i < pending_.size(); ++i) {
    PendingFn p = pending_[i];
    compile_fn(p.index, *p.fn, p.self_type);
  }
  auto main = fns_.find("main");
  if (main == fns_.end()) {
    error(Span{0, 0, 1, 1}, "no `main` function: add `#[tokio::main] async fn main() { ... }`");
    return;
  }
  prog_.main_fn = static_cast<int32_t>(main->second);
  prog_.main_is_async = prog_.fns[main->second].is_async;
  for (const Item* item : ast_.items)
    if (const FnItem* fn = item->as<FnItem>(); fn && fn->name == "main") prog_.runtime_note = runtime_note(*item);
}

// What pollscope models differs from what `#[tokio::main]` starts unless the
// attribute asks for `flavor = "current_thread"` and `start_paused = true`:
// one line that says so, or empty.
std::string runtime_note(const Item& main) {
  for (const Attribute& a : main.attrs) {
    if (!a.is("tokio::main")) continue;
    std::string args;
    for (char c : a.args)
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') args += c;
    bool current_thread = args.find("flavor=\"current_thread\"") != std::string::npos;
    bool paused = args.find("start_paused=true") != std::string::npos;
    if (current_thread && paused) return "";
    std::string note = "pollscope models Tokio's current_thread runtime with paused time; ";
    if (!current_thread) {
      note += "this #[tokio::main] starts the multi-thread runtime (spawned tasks may run in another order)";
      if (!paused) note += " with real time (sleeps take real time)";
    } else {
      note += "without start_paused = true, real Tokio's sleeps take real time (the order is the same)";
    }
    return note;
  }
  return "";
}

namespace {

bool has_derive(const Item& item, std::string_view what) {
  for (const Attribute& a : item.attrs)
    if (a.is("derive"))
      for (auto w : a.words)
        if (w == what) return true;
  return false;
}

}  // namespace

// Records every item so that bodies can use items declared after them.
void Compiler::collect(const std::vector<Item*>& items, const std::string& self_type) {
  for (const Item* item : items) {
    if (cfg_test(*item)) continue;
    if (auto* u = item->as<UseItem>()) {
      collect_use(*u);
    } else if (auto* s = item->as<StructItem>()) {
      TypeInfo t;
      t.name = std::string(s->name);
      t.tuple = s->kind == StructKind::Tuple;
      t.unit = s->kind == StructKind::Unit;
      for (size_t i = 0; i < s->fields.size(); ++i)
        t.fields.push_back(t.tuple ? std::to_string(i) : std::string(s->fields[i].name));
      t.is_copy = has_derive(*item, "Copy");
      t.derives_debug = has_derive(*item, "Debug");
      t.derives_clone = has_derive(*item, "Clone");
      if (!module_clash(s->name_span, t.name, types_.count(t.name) || enums_.count(t.name)) && types_.count(t.name))
        error(s->name_span, "the name `" + t.name + "` is defined more than once");
      types_[t.name] = static_cast<uint32_t>(prog_.types.size());
      prog_.types.push_back(std::move(t));
    } else if (auto* e = item->as<EnumItem>()) {
      EnumInfo info;
      info.name = std::string(e->name);
      info.derives_debug = has_derive(*item, "Debug");
      for (const Variant& v : e->variants) {
        info.variants.emplace_back(v.name);
        info.payloads.push_back(static_cast<uint32_t>(v.fields.size()));
        std::vector<std::string> names;
        if (v.kind == StructKind::Named)
          for (const FieldDef& f : v.fields) names.emplace_back(f.name);
        info.field_names.push_back(std::move(names));
      }
      module_clash(e->name_span, info.name, types_.count(info.name) || enums_.count(info.name));
      enums_[info.name] = static_cast<uint32_t>(kFirstUserEnum + prog_.enums.size());
      prog_.enums.push_back(std::move(info));
    } else if (auto* f = item->as<FnItem>()) {
      std::string name = std::string(f->name);
      if (!module_clash(f->name_span, name, fns_.count(name)) && fns_.count(name))
        error(f->name_span, "the name `" + name + "` is defined more than once");
      fns_[name] = declare_fn(*f, name, self_type);
    } else if (auto* impl = item->as<ImplItem>()) {
      collect_impl(*item, *impl);
    } else if (auto* c = item->as<ConstItem>()) {
      module_clash(c->name_span, std::string(c->name), consts_.count(c->name));
      consts_[std::string(c->name)] = c;
    } else if (auto* t = item->as<TypeAliasItem>()) {
      module_clash(t->name_span, std::string(t->name), type_aliases_.count(t->name));
      collect_type_alias(*t);
    } else if (auto* m = item->as<ModItem>()) {
      ++module_depth_;
      collect(m->items, self_type);
      --module_depth_;
    }
  }
}

void Compiler::collect_impl(const Item& item, const ImplItem& impl) {
  std::string type = std::string(impl.self_type.name);
  std::string trait = impl.trait_path ? std::string(impl.trait_path->last()) : "";
  if (trait == "From") from_impls_[type] = true;
  auto ti = types_.find(type);
  auto ei = enums_.find(type);
  if (ti == types_.end() && ei == enums_.end()) {
    if (!trait.empty() && impl_for_other_type(impl, trait)) return;
    error(impl.self_type.span, "unsupported: `impl` for `" + std::string(impl.self_type.text) +
                                   "`, which is not a struct or enum of this program");
    return;
  }
  for (const Item* member : impl.items) {
    if (auto* c = member->as<ConstItem>()) consts_[type + "::" + std::string(c->name)] = c;
    const FnItem* f = member->as<FnItem>();
    if (!f) continue;
    std::string method = std::string(f->name);
    auto& existing =
        ti != types_.end() ? prog_.types[ti->second].methods : prog_.enums[ei->second - kFirstUserEnum].methods;
    bool formatter = method == "fmt" && (trait == "Display" || trait == "Debug");  // kept apart by fmt_fn/debug_fn
    if (existing.count(method) && !formatter) {
      error(f->name_span, "unsupported: a second `" + method + "` for `" + type +
                              "` from another impl (pollscope picks methods by name, not by type)");
      continue;
    }
    uint32_t index = declare_fn(*f, type + "::" + method, type);
    fns_[type + "::" + method] = index;
    // `x.fmt(f)` means Display's `fmt` when both traits are implemented.
    bool debug_fmt = trait == "Debug" && method == "fmt";
    if (ti != types_.end()) {
      TypeInfo& t = prog_.types[ti->second];
      if (!debug_fmt || !t.methods.count(method)) t.methods[method] = index;
      if (trait == "Future" && method == "poll") t.poll_fn = static_cast<int32_t>(index);
      if (trait == "Drop" && method == "drop") t.drop_fn = static_cast<int32_t>(index);
      if (trait == "Display" && method == "fmt") t.fmt_fn = static_cast<int32_t>(index);
      if (debug_fmt) t.debug_fn = static_cast<int32_t>(index);
    } else {
      EnumInfo& e = prog_.enums[ei->second - kFirstUserEnum];
      if (!debug_fmt || !e.methods.count(method)) e.methods[method] = index;
      if (trait == "Display" && method == "fmt") e.fmt_fn = static_cast<int32_t>(index);
      if (debug_fmt) e.debug_fn = static_cast<int32_t>(index);
    }
  }
  if (!trait.empty()) {
    if (ti != types_.end()) {
      TypeInfo& t = prog_.types[ti->second];
      if (trait == "Iterator") t.is_iterator = true;
      inherit_defaults(trait, impl, type, t.methods);
    } else {
      EnumInfo& e = prog_.enums[ei->second - kFirstUserEnum];
      if (trait == "Iterator") e.is_iterator = true;
      inherit_defaults(trait, impl, type, e.methods);
    }
  }
  (void)item;
}

uint32_t Compiler::declare_fn(const FnItem& fn, const std::string& name, const std::string& self_type) {
  if (fn.return_type) fn_error_types_[name] = result_error_type(fn.return_type->text);
  if (fn.self_param) {
    auto [it, fresh] = method_borrows_self_.emplace(std::string(fn.name), fn.self_param->is_ref);
    if (!fresh) it->second = it->second && fn.self_param->is_ref;
  }
  auto index = static_cast<uint32_t>(prog_.fns.size());
  FnProto p;
  p.name = name;
  p.span = fn.name_span;
  p.is_async = fn.is_async;
  p.arity = static_cast<uint32_t>(fn.params.size() + (fn.self_param ? 1 : 0));
  if (fn.self_param) {
    const SelfParam& sp = *fn.self_param;
    bool ref_mut = (sp.is_ref && sp.is_mut) || (sp.type && sp.type->text.find("&mut") != std::string_view::npos);
    bool ref = sp.is_ref || (sp.type && sp.type->text.find('&') != std::string_view::npos);
    p.self_mode = ref_mut ? FnProto::SelfMode::RefMut : ref ? FnProto::SelfMode::Ref : FnProto::SelfMode::Value;
  }
  prog_.fns.push_back(std::move(p));
  if (fn.body) pending_.push_back(PendingFn{index, &fn, self_type});
  return index;
}

// `use a::b::{c, d as e}` makes `c` stand for `a::b::c` and `e` for `a::b::d`. Paths into the
// program's own modules (`crate::timer::TimerFuture`, `super::helper`) lose their module part.
void Compiler::collect_use(const UseItem& use) {
  for (const UseEntry& e : use.entries) {
    if (e.glob && !e.path.empty()) glob_enums_.emplace_back(e.path.back());  // checked when a name is looked up
    if (e.glob || e.path.empty()) continue;
    std::vector<std::string_view> segs = e.path;
    std::string_view last = segs.back();
    if (last == "self" && segs.size() > 1) {  // `use std::sync::mpsc::{self}`
      segs.pop_back();
      last = segs.back();
    }
    std::string name = e.alias.empty() ? std::string(last) : std::string(e.alias);
    if (name == "_") continue;
    size_t first = 0;
    while (first < segs.size() &&
           (segs[first] == "crate" || segs[first] == "self" || segs[first] == "super" || modules_.count(segs[first])))
      ++first;
    if (first == segs.size()) {  // `use self::timer;` or `use crate::net as n;`: a module
      if (modules_.count(last)) modules_[name] = 1;
      continue;
    }
    std::string full;
    for (size_t i = first; i < segs.size(); ++i) {
      if (i > first) full += "::";
      full += segs[i];
    }
    auto old = aliases_.find(name);
    if (old != aliases_.end() && old->second != full)
      error(e.span, "unsupported: `" + name + "` names different items in different modules (`" + old->second +
                        "` and `" + full + "`); pollscope keeps one namespace for all modules");
    if (full == name) continue;  // `use crate::helper;`: the item itself
    aliases_[name] = full;
  }
}

// Every inline module's name, before anything else is collected, so that `use` lines can tell a
// module from a crate.
void Compiler::collect_modules(const std::vector<Item*>& items) {
  for (const Item* item : items)
    if (auto* m = item->as<ModItem>(); m && !cfg_test(*item)) {
      modules_[std::string(m->name)] = 1;
      collect_modules(m->items);
    }
}

bool Compiler::module_clash(const Span& at, const std::string& name, bool taken) {
  if (!taken || module_depth_ == 0) return false;
  error(at, "unsupported: a second item named `" + name +
                "` in another module (pollscope keeps one namespace for all modules: rename one of them)");
  return true;
}

// `type Name<T> = path::Target<T>;` makes `Name` stand for the target's path; other targets
// (references, tuples, ...) need nothing, since types are not checked.
void Compiler::collect_type_alias(const TypeAliasItem& t) {
  if (!t.type) return;
  std::string text;
  for (char c : t.type->text) {
    if (c == '<') break;
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r') text += c;
  }
  if (text.rfind("::", 0) == 0) text = text.substr(2);
  std::vector<std::string> segs;
  size_t from = 0;
  for (;;) {
    size_t at = text.find("::", from);
    segs.push_back(text.substr(from, at == std::string::npos ? std::string::npos : at - from));
    if (at == std::string::npos) break;
    from = at + 2;
  }
  for (const std::string& seg : segs) {
    bool ident = !seg.empty();
    for (char c : seg) ident &= (std::isalnum(static_cast<unsigned char>(c)) || c == '_');
    if (!ident) return;
  }
  if (segs.size() == 1 && segs[0] == t.name) return;
  type_aliases_[std::string(t.name)] = std::move(segs);
}

// The error type `E` of a `Result<T, E>` return type's text; empty otherwise.
std::string Compiler::result_error_type(std::string_view text) {
  if (text.substr(0, 7) != "Result<" || text.back() != '>') return "";
  int depth = 0;
  size_t comma = std::string_view::npos;
  for (size_t i = 7; i + 1 < text.size(); ++i) {
    if (text[i] == '<' || text[i] == '(' || text[i] == '[') ++depth;
    if (text[i] == '>' || text[i] == ')' || text[i] == ']') --depth;
    if (text[i] == ',' && depth == 0) comma = i;
  }
  if (comma == std::string_view::npos) return "";
  std::string_view e = text.substr(comma + 1, text.size() - comma - 2);
  while (!e.empty() && e.front() == ' ') e.remove_prefix(1);
  while (!e.empty() && e.back() == ' ') e.remove_suffix(1);
  return std::string(e);
}

// Compiles one fn body: parameters are the first locals, in order.
void Compiler::compile_fn(uint32_t index, const FnItem& fn, const std::string& self_type) {
  FnState st;
  st.proto = index;
  st.is_async = fn.is_async;
  st.self_type = self_type;
  if (fn.return_type) st.error_type = result_error_type(fn.return_type->text);
  FnState* saved = fn_;
  fn_ = &st;
  if (fn.is_async) {
    st.machine = static_cast<int32_t>(prog_.machines.size());
    prog_.fns[index].machine = st.machine;
    prog_.machines.push_back(StateMachine{prog_.fns[index].name, fn.name_span, index, {}});
  }
  open_scope();
  if (fn.self_param) declare_local("self");
  std::vector<std::pair<uint32_t, const Pattern*>> destructure;
  for (const Param& p : fn.params) {
    const IdentPat* id = p.pattern->as<IdentPat>();
    if (id && !id->subpattern) {
      declare_local(std::string(id->name));
    } else {
      uint32_t slot = hidden_local("parameter");
      destructure.emplace_back(slot, p.pattern);
    }
  }
  for (auto& [slot, pat] : destructure) {
    emit(Op::MoveLocal, slot);
    pattern_bind(*pat);
  }
  block_body(*fn.body);
  emit(Op::Return);
  fn_->scopes.clear();
  fn_ = saved;
}

// --- Emitting -------------------------------------------------------------------

size_t Compiler::emit(Op op, uint32_t a, uint32_t b, uint32_t c, uint32_t span) {
  auto& code = proto().code;
  code.push_back(Instr{op, a, b, c, span});
  return code.size() - 1;
}

void Compiler::patch(size_t at) {
  auto& ins = proto().code[at];
  if (ins.op == Op::IterNext) {
    ins.b = here();
  } else {
    ins.a = here();
  }
}

uint32_t Compiler::here() const { return static_cast<uint32_t>(prog_.fns[fn_->proto].code.size()); }

uint32_t Compiler::span_id(const Span& s) {
  prog_.spans.push_back(s);
  return static_cast<uint32_t>(prog_.spans.size() - 1);
}

uint32_t Compiler::str_const(std::string_view s) {
  auto it = strings_.find(s);
  if (it != strings_.end()) return it->second;
  auto id = static_cast<uint32_t>(prog_.strings.size());
  prog_.strings.emplace_back(s);
  strings_.emplace(std::string(s), id);
  return id;
}

uint32_t Compiler::int_const(int64_t v) {
  prog_.ints.push_back(v);
  return static_cast<uint32_t>(prog_.ints.size() - 1);
}

// Names in messages read as written (without their hygiene mark), and an error inside a macro
// expansion says so: it points at the invocation.
void Compiler::error(const Span& s, std::string message) {
  if (diags_.size() >= 100) return;
  for (size_t at; (at = message.find(kHygieneMark)) != std::string::npos;) {
    size_t end = at + 1;
    while (end < message.size() && message[end] >= '0' && message[end] <= '9') end++;
    message.erase(at, end - at);
  }
  if (ast_.in_expansion(s)) message += " (in this macro invocation)";
  diags_.push_back(Diagnostic{s, Severity::Error, std::move(message)});
}

// --- Scopes and locals -------------------------------------------------------------

void Compiler::open_scope() { fn_->scopes.emplace_back(); }

void Compiler::close_scope() {
  const Scope& s = fn_->scopes.back();
  for (auto it = s.locals.rbegin(); it != s.locals.rend(); ++it) emit(Op::ClearLocal, it->slot);
  fn_->scopes.pop_back();
}

void Compiler::clear_scopes_to(size_t depth) {
  for (size_t d = fn_->scopes.size(); d > depth; --d) {
    const Scope& s = fn_->scopes[d - 1];
    for (auto it = s.locals.rbegin(); it != s.locals.rend(); ++it) emit(Op::ClearLocal, it->slot);
  }
}

uint32_t Compiler::declare_local(const std::string& name) {
  FnProto& p = proto();
  uint32_t slot = p.locals++;
  p.local_names.push_back(std::string(written_name(name)));
  fn_->scopes.back().locals.push_back(Local{name, slot});
  return slot;
}

uint32_t Compiler::hidden_local(const char* what) {
  FnProto& p = proto();
  uint32_t slot = p.locals++;
  p.local_names.push_back(std::string("<") + what + ">");
  return slot;
}

}  // namespace ps::lang
