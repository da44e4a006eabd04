// Name resolution: locals (with captures into closures and async blocks),
// `use` aliases, re-exports, and the program's own types and functions.
#include "lang/compile/compiler.h"
#include "lang/program/value.h"

namespace ps::lang {

namespace {

// Paths that name the same item as a canonical path, longest prefix first.
struct Reexport {
  std::string_view from;
  std::string_view to;
};
constexpr Reexport kReexports[] = {
    {"core::", "std::"},
    {"alloc::", "std::"},
    {"tokio::time::Duration", "std::time::Duration"},
    {"tokio::task::spawn", "tokio::spawn"},
    {"tokio::task::yield_now", "tokio::task::yield_now"},
    {"futures::future::ready", "std::future::ready"},
    {"futures::future::pending", "std::future::pending"},
    {"futures::future::poll_fn", "std::future::poll_fn"},
    {"futures::future::join_all", "futures::future::join_all"},
    {"futures::future::select_all", "futures::future::select_all"},
    {"futures::join_all", "futures::future::join_all"},
    {"futures::select_all", "futures::future::select_all"},
    {"std::task::Poll", "std::task::Poll"},
    {"std::sync::Arc", "std::sync::Arc"},
    {"std::rc::Rc", "std::sync::Arc"},
    {"std::cell::RefCell", "std::cell::RefCell"},
};

// Names every Rust program sees without a `use` (the prelude).
struct Prelude {
  std::string_view name;
  std::string_view path;
};
constexpr Prelude kPrelude[] = {
    {"drop", "std::mem::drop"},
    {"Box", "std::boxed::Box"},
    {"Vec", "std::vec::Vec"},
    {"String", "std::string::String"},
    {"Option", "std::option::Option"},
    {"Result", "std::result::Result"},
    {"Default", "std::default::Default"},
    {"ToString", "std::string::ToString"},
    {"Iterator", "std::iter::Iterator"},
};

}  // namespace

std::string Compiler::canonical_segments(const std::vector<std::string_view>& in) const {
  std::vector<std::string_view> segs(in);
  while (!segs.empty() && (segs.front() == "crate" || segs.front() == "self" || segs.front() == "super" ||
                           (segs.size() > 1 && modules_.count(segs.front()))))
    segs.erase(segs.begin());
  std::string path;
  if (segs.empty()) return path;
  // A type alias stands for its target (aliases of aliases too, a few levels deep).
  for (int depth = 0; depth < 8; ++depth) {
    auto ta = type_aliases_.find(segs.front());
    if (ta == type_aliases_.end()) break;
    segs.erase(segs.begin());
    segs.insert(segs.begin(), ta->second.begin(), ta->second.end());
  }
  auto alias = aliases_.find(segs.front());
  if (alias != aliases_.end()) {
    path = alias->second;
  } else {
    path = std::string(segs.front());
    if (segs.size() >= 1) {
      for (const Prelude& p : kPrelude)
        if (p.name == segs.front()) path = std::string(p.path);
    }
  }
  for (size_t i = 1; i < segs.size(); ++i) path += "::" + std::string(segs[i]);
  for (const Reexport& r : kReexports) {
    if (path.compare(0, r.from.size(), r.from) == 0) {
      path = std::string(r.to) + path.substr(r.from.size());
      break;
    }
  }
  return path;
}

std::string Compiler::canonical(const Path& p) const {
  std::vector<std::string_view> segs;
  for (const PathSegment& s : p.segments) segs.push_back(written_name(s.name));
  return canonical_segments(segs);
}

// Finds a local by name. A hygienic name (a local named in a macro body) that
// the body did not bind itself is the local of that name at the invocation.
bool Compiler::lookup_local(const std::string& name, uint32_t& slot) {
  if (lookup_local_exact(name, slot)) return true;
  std::string_view written = written_name(name);
  return written != name && lookup_local_exact(std::string(written), slot);
}

// Finds a local by name: in the current function's scopes, innermost first,
// else in enclosing functions, capturing it into a slot of this one.
bool Compiler::lookup_local_exact(const std::string& name, uint32_t& slot) {
  for (auto s = fn_->scopes.rbegin(); s != fn_->scopes.rend(); ++s)
    for (auto l = s->locals.rbegin(); l != s->locals.rend(); ++l)
      if (l->name == name) {
        slot = l->slot;
        return true;
      }
  if (!fn_->enclosing) return false;
  FnState* inner = fn_;
  fn_ = inner->enclosing;
  uint32_t outer_slot;
  bool found = lookup_local_exact(name, outer_slot);
  fn_ = inner;
  if (!found) return false;
  slot = proto().locals++;
  proto().local_names.push_back(std::string(written_name(name)));
  fn_->captures.push_back(Capture{name, slot});
  fn_->scopes.front().locals.push_back(Local{name, slot});
  return true;
}

std::string Compiler::type_name_of(const Path& p) const {
  if (p.segments.size() == 1 && p.segments[0].name == "Self") return fn_ ? fn_->self_type : "";
  if (p.segments.empty()) return "";
  std::string name = std::string(p.segments.back().name);
  if (name == "Self" && fn_) return fn_->self_type;
  for (int depth = 0; depth < 8; ++depth) {
    auto ta = type_aliases_.find(name);
    if (ta == type_aliases_.end()) break;
    name = ta->second.back();
  }
  return name;
}

int32_t Compiler::user_type(const std::string& name) const {
  auto it = types_.find(name);
  return it == types_.end() ? -1 : static_cast<int32_t>(it->second);
}

int32_t Compiler::user_enum(const std::string& name) const {
  auto it = enums_.find(name);
  return it == enums_.end() ? -1 : static_cast<int32_t>(it->second);
}

int32_t Compiler::user_fn(const std::string& name) const {
  auto it = fns_.find(name);
  return it == fns_.end() ? -1 : static_cast<int32_t>(it->second);
}

// Resolves a path naming an enum variant, builtin (Some, Ok, Poll::Ready,
// Ordering::Less) or of a user enum (Color::Red, Self::Red).
bool Compiler::enum_variant(const Path& path, uint32_t& enum_id, uint32_t& variant, uint32_t& payloads) {
  if (path.segments.empty()) return false;
  std::string last = std::string(path.segments.back().name);
  std::string owner = path.segments.size() >= 2 ? std::string(path.segments[path.segments.size() - 2].name) : "";
  if (owner == "Self" && fn_) owner = fn_->self_type;
  if (path.segments.size() == 1) {
    auto alias = aliases_.find(last);
    if (alias != aliases_.end()) {
      auto pos = alias->second.rfind("::");
      if (pos != std::string::npos) {
        std::string prefix = alias->second.substr(0, pos);
        auto p2 = prefix.rfind("::");
        owner = p2 == std::string::npos ? prefix : prefix.substr(p2 + 2);
        last = alias->second.substr(pos + 2);
      }
    }
  }
  struct Builtin {
    const char* owner;
    const char* name;
    uint32_t e, v, n;
  };
  static const Builtin builtins[] = {
      {"Option", "Some", kOption, kSome, 1},    {"Option", "None", kOption, kNone, 0},
      {"Result", "Ok", kResult, kOk, 1},        {"Result", "Err", kResult, kErr, 1},
      {"Poll", "Ready", kPoll, kReady, 1},      {"Poll", "Pending", kPoll, kPending, 0},
      {"Ordering", "Less", kOrdering, 0, 0},    {"Ordering", "Equal", kOrdering, 1, 0},
      {"Ordering", "Greater", kOrdering, 2, 0},
  };
  // An item of the program with the name shadows a glob import.
  bool shadowed = user_type(last) >= 0 || user_enum(last) >= 0 || user_fn(last) >= 0 || consts_.count(last);
  if (path.segments.size() == 1 && owner.empty() && !shadowed)
    for (const std::string& g : glob_enums_) {  // `use Color::*;` then `Red`
      int32_t ge = user_enum(g);
      if (ge < 0) continue;
      for (const std::string& v : prog_.enums[ge - kFirstUserEnum].variants)
        if (v == last) owner = g;
    }
  int32_t ue = user_enum(owner);
  if (ue >= 0) {
    const EnumInfo& info = prog_.enums[ue - kFirstUserEnum];
    for (uint32_t i = 0; i < info.variants.size(); ++i)
      if (info.variants[i] == last) {
        enum_id = static_cast<uint32_t>(ue);
        variant = i;
        payloads = info.payloads[i];
        return true;
      }
    return false;
  }
  for (const Builtin& b : builtins) {
    if (last != b.name) continue;
    bool prelude = std::string_view(b.owner) == "Option" || std::string_view(b.owner) == "Result";
    if (owner == b.owner || (owner.empty() && prelude)) {
      enum_id = b.e;
      variant = b.v;
      payloads = b.n;
      return true;
    }
  }
  return false;
}

bool Compiler::variant_fields(const Path& path, uint32_t& enum_id, uint32_t& variant,
                              const std::vector<std::string>*& names) {
  uint32_t payloads;
  if (!enum_variant(path, enum_id, variant, payloads) || enum_id < kFirstUserEnum) return false;
  const EnumInfo& info = prog_.enums[enum_id - kFirstUserEnum];
  if (variant >= info.field_names.size() || info.field_names[variant].empty()) return false;
  names = &info.field_names[variant];
  return true;
}

bool Compiler::enum_struct_lit(const Expr& e, const StructExpr& s) {
  uint32_t enum_id, variant;
  const std::vector<std::string>* names = nullptr;
  if (!variant_fields(s.path, enum_id, variant, names)) return false;
  if (s.base) error(s.base->span, "functional record update syntax requires a struct");
  field_inits(e, s, *names, "variant", s.path.text());
  emit(Op::MakeEnum, enum_id, variant, static_cast<uint32_t>(names->size()));
  return true;
}

// Rust evaluates field initializers as written; the value stores them in declaration order. When
// the two orders differ, the values wait in hidden locals.
void Compiler::field_inits(const Expr& e, const StructExpr& s, const std::vector<std::string>& names,
                           const std::string& kind, const std::string& owner) {
  for (const FieldInit& f : s.fields) {
    bool known = false;
    for (const auto& name : names) known |= name == f.name;
    if (!known) error(f.span, kind + " `" + owner + "` has no field named `" + std::string(f.name) + "`");
  }
  std::vector<const FieldInit*> inits;
  for (const std::string& name : names) {
    const FieldInit* init = nullptr;
    for (const FieldInit& f : s.fields)
      if (f.name == name) init = &f;
    if (!init && !s.base) error(e.span, "missing field `" + name + "` in initializer of `" + owner + "`");
    inits.push_back(init);
  }
  // Fields are evaluated as written, then `..base`; the value takes them in
  // declaration order. Written out of order or with a base, they wait in
  // hidden locals.
  bool in_order = !s.base;
  for (size_t i = 0, next = 0; i < s.fields.size(); ++i) {
    while (next < inits.size() && inits[next] != &s.fields[i]) ++next;
    if (next == inits.size()) in_order = false;
  }
  if (in_order) {
    for (const FieldInit* init : inits) {
      if (init)
        value_expr(*init->value);
      else
        emit(Op::Unit);
    }
    return;
  }
  std::vector<uint32_t> slots(s.fields.size());
  for (size_t i = 0; i < s.fields.size(); ++i) {
    slots[i] = hidden_local("field");
    value_expr(*s.fields[i].value);
    emit(Op::StoreLocal, slots[i]);
  }
  uint32_t base = 0;
  if (s.base) {
    base = hidden_local("base");
    value_expr(*s.base);
    emit(Op::StoreLocal, base);
  }
  for (size_t k = 0; k < inits.size(); ++k) {
    const FieldInit* init = inits[k];
    if (!init && s.base) {
      emit(Op::LoadLocal, base);
      emit(Op::GetField, str_const(names[k]), 0, 0, span_id(s.base->span));
      emit(Op::CopyValue);
      continue;
    }
    if (!init) {
      emit(Op::Unit);
      continue;
    }
    emit(Op::MoveLocal, slots[static_cast<size_t>(init - s.fields.data())]);
  }
}

}  // namespace ps::lang
