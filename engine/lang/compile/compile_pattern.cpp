// Patterns, in two phases: a test that leaves the value in place and pushes
// whether it matches, then (once it matched) a bind that consumes the value
// and stores the names it binds as new locals.
#include <algorithm>
#include <functional>

#include "lang/compile/compiler.h"
#include "lang/program/value.h"

namespace ps::lang {

namespace {

bool trivial(const Pattern& p) {
  if (p.is<WildcardPat>() || p.is<RestPat>()) return true;
  if (auto* id = p.as<IdentPat>()) return !id->subpattern;
  if (auto* r = p.as<RefPat>()) return trivial(*r->pattern);
  return false;
}

struct Part {
  Op extract;
  uint32_t index;
  const Pattern* pattern;

  // The instruction that pushes this part of the value on top (Payload takes its index in b).
  Instr instr() const {
    return extract == Op::Payload ? Instr{extract, 0, index, 0, 0} : Instr{extract, index, 0, 0, 0};
  }
};

}  // namespace

// Parts of `Name { a, b: pat, .. }` for a struct or a variant with the field `names`; fields
// that are not among them go to `unknown`.
static std::vector<Part> field_parts(const StructPat& sp, const std::vector<std::string>& names, Op extract,
                                     std::vector<const FieldPat*>& unknown) {
  std::vector<Part> parts;
  for (const FieldPat& f : sp.fields) {
    uint32_t index = 0;
    while (index < names.size() && names[index] != f.name) ++index;
    if (index == names.size()) {
      unknown.push_back(&f);
      continue;
    }
    parts.push_back(Part{extract, index, f.pattern});
  }
  return parts;
}

// Parts of a tuple-like pattern, with a trailing `..` allowed; `rest_inside` is set when elements
// follow the `..`.
static std::vector<Part> tuple_parts(const std::vector<Pattern*>& elems, Op extract, bool* rest_inside = nullptr) {
  std::vector<Part> parts;
  for (uint32_t i = 0; i < elems.size(); ++i) {
    if (elems[i]->is<RestPat>()) {
      if (rest_inside && i + 1 < elems.size()) *rest_inside = true;
      break;
    }
    parts.push_back(Part{extract, i, elems[i]});
  }
  return parts;
}

void Compiler::pattern_test(const Pattern& p) {
  // Emits `first` (a test pushing a bool, or none), then each part's test.
  auto compound = [&](std::optional<Instr> first, const std::vector<Part>& parts) {
    std::vector<size_t> fails;
    if (first) {
      emit(first->op, first->a, first->b, first->c);
      fails.push_back(emit(Op::JumpIfFalse));
    }
    for (const Part& part : parts) {
      if (trivial(*part.pattern)) continue;
      {
        Instr x = part.instr();
        emit(x.op, x.a, x.b);
      }
      pattern_test(*part.pattern);
      emit(Op::Swap);
      emit(Op::Pop);
      fails.push_back(emit(Op::JumpIfFalse));
    }
    emit(Op::Bool, 1);
    size_t done = emit(Op::Jump);
    for (size_t f : fails) patch(f);
    emit(Op::Bool, 0);
    patch(done);
  };

  uint32_t enum_id, variant, payloads;
  if (trivial(p)) {
    emit(Op::Bool, 1);
  } else if (auto* id = p.as<IdentPat>()) {
    pattern_test(*id->subpattern);
  } else if (auto* r = p.as<RefPat>()) {
    pattern_test(*r->pattern);
  } else if (auto* lit = p.as<LitPat>()) {
    expr(*lit->value);
    emit(Op::TestEq);
  } else if (auto* range = p.as<RangePat>()) {
    if (range->lo)
      expr(*range->lo);
    else
      emit(Op::Unit);
    if (range->hi)
      expr(*range->hi);
    else
      emit(Op::Unit);
    emit(Op::TestRange, range->inclusive ? 1 : 0);
  } else if (auto* path = p.as<PathPat>()) {
    if (enum_variant(path->path, enum_id, variant, payloads)) {
      emit(Op::TestEnum, enum_id, variant);
    } else if (user_type(type_name_of(path->path)) >= 0) {
      emit(Op::Bool, 1);
    } else if (path->path.segments.size() == 1 && consts_.count(std::string(path->path.last()))) {
      expr(*consts_.find(std::string(path->path.last()))->second->value);
      emit(Op::TestEq);
    } else {
      error(p.span, "cannot find `" + path->path.text() + "` for this pattern");
      emit(Op::Bool, 0);
    }
  } else if (auto* ts = p.as<TupleStructPat>()) {
    if (enum_variant(ts->path, enum_id, variant, payloads)) {
      if (payloads != ts->elems.size() && !(ts->elems.size() && ts->elems.back()->is<RestPat>()))
        error(p.span, "this pattern has " + std::to_string(ts->elems.size()) + " field(s), but the variant has " +
                          std::to_string(payloads));
      compound(Instr{Op::TestEnum, enum_id, variant, 0, 0}, tuple_parts(ts->elems, Op::Payload));
    } else if (user_type(type_name_of(ts->path)) >= 0) {
      compound(std::nullopt, tuple_parts(ts->elems, Op::FieldOf));
    } else {
      error(p.span, "cannot find tuple struct or variant `" + ts->path.text() + "`");
      emit(Op::Bool, 0);
    }
  } else if (auto* sp = p.as<StructPat>()) {
    const std::vector<std::string>* names = nullptr;
    if (variant_fields(sp->path, enum_id, variant, names)) {
      std::vector<const FieldPat*> unknown;
      compound(Instr{Op::TestEnum, enum_id, variant, 0, 0}, field_parts(*sp, *names, Op::Payload, unknown));
      for (const FieldPat* f : unknown)
        error(f->span, "variant `" + sp->path.text() + "` does not have a field named `" + std::string(f->name) + "`");
      return;
    }
    if (enum_variant(sp->path, enum_id, variant, payloads) && sp->fields.empty()) {
      emit(Op::TestEnum, enum_id, variant);  // `Command::Quit { .. }`
      return;
    }
    int32_t t = user_type(type_name_of(sp->path));
    if (t < 0) {
      error(p.span, "cannot find struct `" + sp->path.text() + "`");
      emit(Op::Bool, 0);
      return;
    }
    std::vector<const FieldPat*> unknown;
    compound(std::nullopt, field_parts(*sp, prog_.types[t].fields, Op::FieldOf, unknown));
    for (const FieldPat* f : unknown)
      error(f->span, "struct `" + prog_.types[t].name + "` has no field named `" + std::string(f->name) + "`");
  } else if (auto* tp = p.as<TuplePat>()) {
    compound(std::nullopt, tuple_parts(tp->elems, Op::TupleItem));
  } else if (auto* sl = p.as<SlicePat>()) {
    slice_test(*sl);
  } else if (auto* op = p.as<OrPat>()) {
    std::vector<size_t> hits;
    for (const Pattern* alt : op->alts) {
      pattern_test(*alt);
      hits.push_back(emit(Op::JumpIfTrue));
    }
    emit(Op::Bool, 0);
    size_t done = emit(Op::Jump);
    for (size_t h : hits) patch(h);
    emit(Op::Bool, 1);
    patch(done);
  } else {
    error(p.span, "unsupported: this kind of pattern");
    emit(Op::Bool, 0);
  }
}

void Compiler::pattern_bind(const Pattern& p) {
  auto parts_bind = [&](const std::vector<Part>& parts) {
    for (const Part& part : parts) {
      if (part.pattern->is<WildcardPat>()) continue;
      {
        Instr x = part.instr();
        emit(x.op, x.a, x.b);
      }
      pattern_bind(*part.pattern);
    }
    emit(Op::Pop);
  };
  uint32_t enum_id, variant, payloads;
  if (auto* id = p.as<IdentPat>()) {
    if (id->by_ref && id->is_mut)
      error(p.span, "unsupported: `ref mut` bindings (writes through them would not reach the matched value)");
    if (id->subpattern) {
      emit(Op::Dup);
      pattern_bind(*id->subpattern);
    }
    emit(Op::StoreLocal, declare_local(std::string(id->name)));
  } else if (auto* r = p.as<RefPat>()) {
    pattern_bind(*r->pattern);
  } else if (auto* ts = p.as<TupleStructPat>()) {
    bool is_enum = enum_variant(ts->path, enum_id, variant, payloads);
    bool rest_inside = false;
    parts_bind(tuple_parts(ts->elems, is_enum ? Op::Payload : Op::FieldOf, &rest_inside));
    if (rest_inside) error(p.span, "unsupported: `..` before the last element of a tuple pattern");
  } else if (auto* sp = p.as<StructPat>()) {
    const std::vector<std::string>* names = nullptr;
    std::vector<Part> parts;
    std::vector<const FieldPat*> unknown;
    if (variant_fields(sp->path, enum_id, variant, names)) {
      parts = field_parts(*sp, *names, Op::Payload, unknown);
    } else if (int32_t t = user_type(type_name_of(sp->path)); t >= 0) {
      parts = field_parts(*sp, prog_.types[t].fields, Op::FieldOf, unknown);
    }
    parts_bind(parts);
  } else if (auto* tp = p.as<TuplePat>()) {
    bool rest_inside = false;
    parts_bind(tuple_parts(tp->elems, Op::TupleItem, &rest_inside));
    if (rest_inside) error(p.span, "unsupported: `..` before the last element of a tuple pattern");
  } else if (auto* sl = p.as<SlicePat>()) {
    slice_bind(*sl);
  } else if (auto* op = p.as<OrPat>()) {
    or_bind(*op);
  } else {
    emit(Op::Pop);
  }
}

bool Compiler::pattern_irrefutable(const Pattern& p) {
  if (p.is<WildcardPat>() || p.is<RestPat>()) return true;
  if (auto* id = p.as<IdentPat>()) return !id->subpattern || pattern_irrefutable(*id->subpattern);
  if (auto* r = p.as<RefPat>()) return pattern_irrefutable(*r->pattern);
  if (auto* tp = p.as<TuplePat>()) {
    for (const Pattern* e : tp->elems)
      if (!pattern_irrefutable(*e)) return false;
    return true;
  }
  if (auto* ts = p.as<TupleStructPat>()) {
    if (user_type(type_name_of(ts->path)) < 0) return false;
    for (const Pattern* e : ts->elems)
      if (!pattern_irrefutable(*e)) return false;
    return true;
  }
  if (auto* op = p.as<OrPat>()) {
    for (const Pattern* a : op->alts)
      if (pattern_irrefutable(*a)) return true;
    return false;
  }
  if (auto* sl = p.as<SlicePat>()) {  // rustc accepts one in `let` only for an array of that length
    for (const Pattern* e : sl->elems)
      if (!pattern_irrefutable(*e)) return false;
    return true;
  }
  if (auto* sp = p.as<StructPat>()) {
    if (user_type(type_name_of(sp->path)) < 0) return false;
    for (const FieldPat& f : sp->fields)
      if (!pattern_irrefutable(*f.pattern)) return false;
    return true;
  }
  return false;
}

namespace {

// A `..` in a slice pattern, bare or bound (`rest @ ..`).
bool is_rest(const Pattern& p) {
  if (p.is<RestPat>()) return true;
  auto* id = p.as<IdentPat>();
  return id && id->subpattern && id->subpattern->is<RestPat>();
}

}  // namespace

// Where the `..` of a slice pattern is (elems.size() when there is none); reports a second one.
size_t Compiler::slice_rest(const SlicePat& s) {
  size_t rest = s.elems.size();
  for (size_t i = 0; i < s.elems.size(); ++i) {
    if (!is_rest(*s.elems[i])) continue;
    if (rest != s.elems.size()) error(s.elems[i]->span, "`..` can only be used once per slice pattern");
    rest = i;
  }
  return rest;
}

// [v] -> [v, v[i]]: element i of the pattern, counted from the end after the `..`.
void Compiler::slice_element(const SlicePat& s, size_t i, size_t rest) {
  emit(Op::Dup);
  if (i < rest) {
    emit(Op::Int, int_const(static_cast<int64_t>(i)));
  } else {
    emit(Op::Dup);
    emit(Op::CallMethod, str_const("len"), 0);
    emit(Op::Int, int_const(static_cast<int64_t>(s.elems.size() - i)));
    emit(Op::Binary, static_cast<uint32_t>(BinaryOp::Sub));
  }
  emit(Op::GetIndex);
}

// `[a, b]` matches a slice of exactly two elements, `[first, .., last]` one of at least two; then
// each element must match its pattern.
void Compiler::slice_test(const SlicePat& s) {
  size_t rest = slice_rest(s);
  size_t fixed = rest == s.elems.size() ? s.elems.size() : s.elems.size() - 1;
  std::vector<size_t> fails;
  emit(Op::Dup);
  emit(Op::CallMethod, str_const("len"), 0);
  emit(Op::Int, int_const(static_cast<int64_t>(fixed)));
  emit(Op::Binary, static_cast<uint32_t>(rest == s.elems.size() ? BinaryOp::Eq : BinaryOp::Ge));
  fails.push_back(emit(Op::JumpIfFalse));
  for (size_t i = 0; i < s.elems.size(); ++i) {
    if (i == rest || trivial(*s.elems[i])) continue;
    slice_element(s, i, rest);
    pattern_test(*s.elems[i]);
    emit(Op::Swap);
    emit(Op::Pop);
    fails.push_back(emit(Op::JumpIfFalse));
  }
  emit(Op::Bool, 1);
  size_t done = emit(Op::Jump);
  for (size_t f : fails) patch(f);
  emit(Op::Bool, 0);
  patch(done);
}

// Binds each element's names; `rest @ ..` binds the elements the `..` stands for, as a slice.
void Compiler::slice_bind(const SlicePat& s) {
  size_t rest = slice_rest(s);
  for (size_t i = 0; i < s.elems.size(); ++i) {
    if (s.elems[i]->is<WildcardPat>() || s.elems[i]->is<RestPat>()) continue;
    if (i == rest) {
      const IdentPat& id = *s.elems[i]->as<IdentPat>();
      uint32_t end = hidden_local("slice end");
      emit(Op::Dup);
      emit(Op::CallMethod, str_const("len"), 0);
      emit(Op::Int, int_const(static_cast<int64_t>(s.elems.size() - 1 - i)));
      emit(Op::Binary, static_cast<uint32_t>(BinaryOp::Sub));
      emit(Op::StoreLocal, end);
      emit(Op::Dup);
      emit(Op::Int, int_const(static_cast<int64_t>(i)));
      emit(Op::MoveLocal, end);
      emit(Op::MakeRange, 0);
      emit(Op::GetIndex);
      emit(Op::StoreLocal, declare_local(std::string(id.name)));
      continue;
    }
    slice_element(s, i, rest);
    pattern_bind(*s.elems[i]);
  }
  emit(Op::Pop);
}

namespace {

// The names a pattern binds, in the order they appear.
void binding_names(const Pattern& p, std::vector<std::string>& out) {
  std::visit(
      [&](const auto& n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, IdentPat>) {
          out.emplace_back(n.name);
          if (n.subpattern) binding_names(*n.subpattern, out);
        } else if constexpr (std::is_same_v<T, TupleStructPat> || std::is_same_v<T, TuplePat> ||
                             std::is_same_v<T, SlicePat>) {
          for (const Pattern* e : n.elems) binding_names(*e, out);
        } else if constexpr (std::is_same_v<T, StructPat>) {
          for (const FieldPat& f : n.fields) binding_names(*f.pattern, out);
        } else if constexpr (std::is_same_v<T, OrPat>) {
          if (!n.alts.empty()) binding_names(*n.alts[0], out);
        } else if constexpr (std::is_same_v<T, RefPat>) {
          binding_names(*n.pattern, out);
        }
      },
      p.node);
}

}  // namespace

bool Compiler::pattern_binds_nothing(const Pattern& p) const {
  std::vector<std::string> names;
  binding_names(p, names);
  return names.empty();
}

bool Compiler::pattern_borrows(const Pattern& p) const {
  bool found = false;
  std::function<void(const Pattern&)> walk = [&](const Pattern& q) {
    std::visit(
        [&](const auto& n) {
          using T = std::decay_t<decltype(n)>;
          if constexpr (std::is_same_v<T, IdentPat>) {
            found |= n.by_ref;
            if (n.subpattern) walk(*n.subpattern);
          } else if constexpr (std::is_same_v<T, TupleStructPat> || std::is_same_v<T, TuplePat> ||
                               std::is_same_v<T, SlicePat>) {
            for (const Pattern* e : n.elems) walk(*e);
          } else if constexpr (std::is_same_v<T, StructPat>) {
            for (const FieldPat& f : n.fields) walk(*f.pattern);
          } else if constexpr (std::is_same_v<T, OrPat>) {
            for (const Pattern* a : n.alts) walk(*a);
          } else if constexpr (std::is_same_v<T, RefPat>) {
            walk(*n.pattern);
          }
        },
        q.node);
  };
  walk(p);
  return found;
}

// [v] -> []. Rust requires every alternative to bind the same names; the first alternative that
// matches binds them into its own locals, which then move to the names' slots.
void Compiler::or_bind(const OrPat& op) {
  std::vector<std::string> names;
  if (!op.alts.empty()) binding_names(*op.alts[0], names);
  if (names.empty()) {
    emit(Op::Pop);
    return;
  }
  std::vector<uint32_t> slots;
  for (const std::string& n : names) slots.push_back(declare_local(n));
  std::vector<size_t> ends;
  for (const Pattern* alt : op.alts) {
    std::vector<std::string> alt_names;
    binding_names(*alt, alt_names);
    std::sort(alt_names.begin(), alt_names.end());
    std::vector<std::string> sorted = names;
    std::sort(sorted.begin(), sorted.end());
    if (alt_names != sorted) error(alt->span, "every alternative of a `|` pattern must bind the same names");
    pattern_test(*alt);
    size_t next = emit(Op::JumpIfFalse);
    open_scope();
    pattern_bind(*alt);
    for (size_t i = 0; i < names.size(); ++i) {
      uint32_t from = 0;
      for (const Local& l : fn_->scopes.back().locals)
        if (l.name == names[i]) from = l.slot;
      emit(Op::MoveLocal, from);
      emit(Op::StoreLocal, slots[i]);
    }
    close_scope();
    ends.push_back(emit(Op::Jump));
    patch(next);
  }
  emit(Op::Pop);
  for (size_t j : ends) patch(j);
}

}  // namespace ps::lang
