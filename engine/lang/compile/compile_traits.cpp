// Traits. Values are dynamically typed, so a trait method is found by name on
// the receiver at run time, as `dyn Trait` does: an impl adds its methods to
// its type's table, and a trait's default methods are compiled once per impl
// that does not give its own (so `Self` is the impl's type in them). Impls for
// types that are not the program's own go to Program::trait_methods, by the
// kind of value they apply to; a blanket impl (`impl<T: Bound> Tr for T`)
// applies to every value.
#include "lang/compile/compiler.h"

namespace ps::lang {

namespace {

// The kind of value an impl's self type names, as Program::trait_methods keys
// them; empty for a type the language cannot tell apart at run time.
std::string value_kind_of(std::string_view text) {
  while (!text.empty() && (text[0] == '&' || text[0] == ' ')) text.remove_prefix(1);
  if (text.substr(0, 4) == "mut ") text.remove_prefix(4);
  if (text.substr(0, 4) == "dyn ") return "";
  if (text.empty()) return "";
  if (text[0] == '[') return "vec";
  if (text == "()") return "unit";
  if (text[0] == '(') return "tuple";
  std::string_view name = text.substr(0, text.find('<'));
  if (auto colons = name.rfind("::"); colons != std::string_view::npos) name = name.substr(colons + 2);
  for (std::string_view n : {"i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize"})
    if (name == n) return "int";
  if (name == "f32" || name == "f64") return "float";
  if (name == "bool") return "bool";
  if (name == "char") return "char";
  if (name == "str" || name == "String") return "str";
  if (name == "Vec" || name == "VecDeque") return "vec";
  if (name == "Option" || name == "Result") return std::string(name);
  return "";
}

}  // namespace

// Every trait of the program (in modules too), before impls are collected.
void Compiler::collect_traits(const std::vector<Item*>& items) {
  for (const Item* item : items) {
    if (auto* t = item->as<TraitItem>()) {
      if (traits_.count(t->name))
        error(t->name_span, "the trait `" + std::string(t->name) + "` is defined more than once");
      traits_[std::string(t->name)] = t;
    } else if (auto* m = item->as<ModItem>()) {
      collect_traits(m->items);
    }
  }
}

// Gives `methods` (of `type`) the default methods and constants of `trait`
// that the impl does not define itself.
void Compiler::inherit_defaults(const std::string& trait, const ImplItem& impl, const std::string& type,
                                std::map<std::string, uint32_t, std::less<>>& methods) {
  auto t = traits_.find(trait);
  if (t == traits_.end()) return;  // a std trait (Display, Iterator, ...): nothing to inherit
  auto defines = [&](std::string_view name) {
    for (const Item* member : impl.items) {
      if (auto* f = member->as<FnItem>(); f && f->name == name) return true;
      if (auto* c = member->as<ConstItem>(); c && c->name == name) return true;
    }
    return false;
  };
  for (const Item* member : t->second->items) {
    if (auto* f = member->as<FnItem>()) {
      if (!f->body || defines(f->name)) continue;
      std::string method = std::string(f->name);
      if (methods.count(method)) {
        error(f->name_span, "unsupported: `" + type + "` has its own `" + method + "` besides `" + trait +
                                "`'s default one (pollscope picks methods by name, not by trait)");
        continue;
      }
      uint32_t index = declare_fn(*f, type + "::" + method, type);
      fns_[type + "::" + method] = index;
      methods[method] = index;
    } else if (auto* c = member->as<ConstItem>()) {
      if (c->value && !defines(c->name)) consts_[type + "::" + std::string(c->name)] = c;
    }
  }
}

// `impl Trait for f64`, `impl<T: Display> Show for Vec<T>`, `impl<F: Future>
// Timed for F {}`: the methods go to Program::trait_methods. False when the
// self type is one the language cannot recognise at run time.
bool Compiler::impl_for_other_type(const ImplItem& impl, const std::string& trait) {
  std::string_view self = impl.self_type.text;
  bool blanket = false;
  for (std::string_view g : impl.generics) blanket |= self == g;
  std::string kind = blanket ? "*" : value_kind_of(self);
  if (kind.empty()) return false;
  std::string owner = std::string(self);
  auto& methods = prog_.trait_methods[kind];
  for (const Item* member : impl.items) {
    if (auto* c = member->as<ConstItem>()) consts_[owner + "::" + std::string(c->name)] = c;
    const FnItem* f = member->as<FnItem>();
    if (!f) continue;
    std::string method = std::string(f->name);
    if (methods.count(method)) {
      error(f->name_span, "unsupported: a second `" + method + "` for `" + kind +
                              "` values (pollscope tells integer types, and float types, apart only by kind)");
      continue;
    }
    uint32_t index = declare_fn(*f, owner + "::" + method, owner);
    fns_[owner + "::" + method] = index;
    methods[method] = index;
  }
  inherit_defaults(trait, impl, owner, methods);
  return true;
}

// `Trait::method(receiver, args)` (and `Shape::area(&c)`): a method call on the
// first argument. False when the path does not name a trait of the program.
bool Compiler::trait_call(const Expr& e, const CallExpr& c) {
  const Path& p = c.callee->as<PathExpr>()->path;
  if (p.segments.size() != 2 || !traits_.count(p.segments[0].name)) return false;
  if (c.args.empty()) {
    error(e.span, "unsupported: calling `" + p.text() +
                      "` without a receiver (pollscope does not know which type's impl to use)");
    emit(Op::Unit);
    return true;
  }
  expr(*c.args[0]);
  for (size_t i = 1; i < c.args.size(); ++i) value_expr(*c.args[i]);
  emit(Op::CallMethod, str_const(p.last()), static_cast<uint32_t>(c.args.size() - 1), 0, span_id(e.span));
  return true;
}

}  // namespace ps::lang
