// Expressions: each compiles to code that pushes exactly one value.
#include <cmath>
#include <limits>

#include "lang/compile/compiler.h"
#include "lang/program/native_index.h"
#include "lang/program/value.h"

namespace ps::lang {

void Compiler::expr(const Expr& e) {
  std::visit(
      [&](const auto& n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, LitExpr>)
          literal(e, n);
        else if constexpr (std::is_same_v<T, PathExpr>)
          path_expr(e, n.path, false);
        else if constexpr (std::is_same_v<T, CallExpr>)
          call(e, n);
        else if constexpr (std::is_same_v<T, MethodCallExpr>)
          method_call(e, n);
        else if constexpr (std::is_same_v<T, FieldExpr>) {
          expr(*n.base);
          keep_temporary(*n.base);
          emit(Op::GetField, str_const(n.name), 0, 0, span_id(n.name_span));
        } else if constexpr (std::is_same_v<T, TupleIndexExpr>) {
          expr(*n.base);
          keep_temporary(*n.base);
          emit(Op::GetTuple, n.index, 0, 0, span_id(e.span));
        } else if constexpr (std::is_same_v<T, IndexExpr>) {
          expr(*n.base);
          if (auto* r = n.index->template as<RangeExpr>(); r && !r->start && !r->end) return;  // `v[..]`
          expr(*n.index);
          emit(Op::GetIndex, 0, 0, 0, span_id(e.span));
        } else if constexpr (std::is_same_v<T, UnaryExpr>)
          unary(e, n);
        else if constexpr (std::is_same_v<T, BinaryExpr>)
          binary(e, n);
        else if constexpr (std::is_same_v<T, AssignExpr>)
          assign(e, n);
        else if constexpr (std::is_same_v<T, RangeExpr>) {
          if (!n.start && !n.end) {
            error(e.span, "unsupported: a full range `..`");
            emit(Op::Unit);
            return;
          }
          if (n.start)
            expr(*n.start);
          else
            emit(Op::Int, int_const(0));
          if (n.end)
            expr(*n.end);
          else
            emit(Op::Int, int_const(0));
          emit(Op::MakeRange, !n.end ? 2 : n.inclusive ? 1 : 0);
        } else if constexpr (std::is_same_v<T, CastExpr>)
          cast(e, n);
        else if constexpr (std::is_same_v<T, BlockExpr>) {
          if (n.is_async) {
            async_block(e, n);
          } else {
            if (!n.label.empty())
              labeled_block(e, n);
            else
              block(*n.block);
          }
        } else if constexpr (std::is_same_v<T, IfExpr>)
          if_expr(e, n);
        else if constexpr (std::is_same_v<T, WhileExpr>)
          while_expr(e, n);
        else if constexpr (std::is_same_v<T, LoopExpr>)
          loop_expr(e, n);
        else if constexpr (std::is_same_v<T, ForExpr>)
          for_expr(e, n);
        else if constexpr (std::is_same_v<T, MatchExpr>)
          match_expr(e, n);
        else if constexpr (std::is_same_v<T, BreakExpr>)
          break_expr(e, n);
        else if constexpr (std::is_same_v<T, ContinueExpr>)
          continue_expr(e, n);
        else if constexpr (std::is_same_v<T, ReturnExpr>)
          return_expr(e, n);
        else if constexpr (std::is_same_v<T, ClosureExpr>)
          closure(e, n);
        else if constexpr (std::is_same_v<T, AwaitExpr>)
          await_expr(e, n);
        else if constexpr (std::is_same_v<T, TryExpr>) {
          if (from_impls_.count(fn_->error_type) && !same_error_type(*n.operand, fn_->error_type))
            error(e.span, "unsupported: `?` converting the error into `" + fn_->error_type +
                              "` with its `From` impl (match the error and convert it yourself)");
          value_expr(*n.operand);
          emit(Op::Try, 0, 0, 0, span_id(e.span));
        } else if constexpr (std::is_same_v<T, StructExpr>)
          struct_lit(e, n);
        else if constexpr (std::is_same_v<T, TupleExpr>) {
          if (n.elems.empty()) {
            emit(Op::Unit);
            return;
          }
          for (const Expr* x : n.elems) value_expr(*x);
          emit(Op::MakeTuple, static_cast<uint32_t>(n.elems.size()));
        } else if constexpr (std::is_same_v<T, ParenExpr>)
          expr(*n.inner);
        else if constexpr (std::is_same_v<T, ArrayExpr>) {
          for (const Expr* x : n.elems) value_expr(*x);
          emit(Op::MakeVec, static_cast<uint32_t>(n.elems.size()), 1);
        } else if constexpr (std::is_same_v<T, RepeatExpr>) {
          value_expr(*n.value);
          expr(*n.count);
          emit(Op::CallNative, static_cast<uint32_t>(natives_.find("pollscope::array_from_elem")), 2, 0,
               span_id(e.span));
        } else if constexpr (std::is_same_v<T, MacroExpr>)
          macro(e, n);
        else
          emit(Op::Unit);
      },
      e.node);
}

// `operand` calls a fn of the program whose `Result` has the error type `e`,
// so `operand?` needs no `From` conversion.
bool Compiler::same_error_type(const Expr& operand, const std::string& e) {
  auto* c = operand.as<CallExpr>();
  auto* callee = c ? c->callee->as<PathExpr>() : nullptr;
  if (!callee) return false;
  auto it = fn_error_types_.find(callee->path.text());
  return it != fn_error_types_.end() && it->second == e;
}

// An expression whose value is taken: a bare local is moved out (unless
// Copy); a Copy value read from a field, an element or through `*` is copied,
// so that changing the new owner leaves the place alone.
void Compiler::value_expr(const Expr& e) {
  if (auto* p = e.as<PathExpr>()) {
    path_expr(e, p->path, true);
  } else if (auto* paren = e.as<ParenExpr>()) {
    value_expr(*paren->inner);
  } else {
    expr(e);
    auto* u = e.as<UnaryExpr>();
    if (e.is<FieldExpr>() || e.is<TupleIndexExpr>() || e.is<IndexExpr>() || (u && u->op == UnaryOp::Deref))
      emit(Op::CopyValue);
  }
}

void Compiler::literal(const Expr& e, const LitExpr& l) {
  switch (l.kind) {
    case LitKind::Int: {
      NumKind k = literal_kind(e, NumKind::Int);
      if (k == NumKind::F32 || k == NumKind::F64)
        float_constant(static_cast<double>(l.int_value), k);
      else
        int_constant(e.span, static_cast<wide_value>(l.int_value), k);
      break;
    }
    case LitKind::Float: float_constant(l.float_value, literal_kind(e, NumKind::F64)); break;
    case LitKind::Bool: emit(Op::Bool, l.bool_value ? 1 : 0); break;
    case LitKind::Str: emit(Op::Str, str_const(l.str_value)); break;
    case LitKind::Char: emit(Op::Char, static_cast<uint32_t>(l.char_value)); break;
  }
}

void Compiler::path_expr(const Expr& e, const Path& p, bool move) {
  uint32_t slot, enum_id, variant, payloads;
  if (p.segments.size() == 1) {
    std::string name = std::string(p.segments[0].name);
    if (lookup_local(name, slot)) {
      emit(move ? Op::MoveLocal : Op::LoadLocal, slot, 0, 0, move ? span_id(e.span) : 0);
      return;
    }
  }
  if (p.segments.size() == 1 || canonical(p).find("::") == std::string::npos) {
    std::string name = p.segments.size() == 1 ? std::string(p.segments[0].name) : canonical(p);
    auto c = consts_.find(name);
    if (c != consts_.end() && c->second->value) {
      if (++const_depth_ > 16) {
        error(e.span, "constant `" + name + "` refers to itself");
        emit(Op::Unit);
      } else {
        expr(*c->second->value);
      }
      --const_depth_;
      return;
    }
  }
  if (p.segments.size() >= 2) {  // an associated constant: `Type::NAME`, `Self::NAME`
    std::string owner = type_name_of(Path{p.span, false, {p.segments.begin(), p.segments.end() - 1}});
    auto c = consts_.find(owner + "::" + std::string(p.last()));
    if (c != consts_.end() && c->second->value) {
      if (++const_depth_ > 16) {
        error(e.span, "constant `" + p.text() + "` refers to itself");
        emit(Op::Unit);
      } else {
        expr(*c->second->value);
      }
      --const_depth_;
      return;
    }
  }
  if (enum_variant(p, enum_id, variant, payloads)) {
    if (payloads != 0) {
      error(e.span, "unsupported: a tuple variant used as a function value");
      emit(Op::Unit);
      return;
    }
    emit(Op::MakeEnum, enum_id, variant, 0);
    return;
  }
  std::string type = type_name_of(p);
  int32_t t = user_type(type);
  if (t >= 0 && prog_.types[t].unit && (p.segments.size() == 1 || p.segments[0].name == "Self")) {
    emit(Op::MakeStruct, static_cast<uint32_t>(t), 0);
    return;
  }
  std::string full = canonical(p);
  if (numeric_path(e, full)) return;
  int32_t f =
      user_fn(p.segments.size() == 1 ? full
                                     : type_name_of(Path{p.span, false, {p.segments.begin(), p.segments.end() - 1}}) +
                                           "::" + std::string(p.last()));
  if (f < 0) f = user_fn(full);
  if (f >= 0) {
    emit(Op::MakeClosure, static_cast<uint32_t>(f), 0, 1);
    return;
  }
  error(e.span, "cannot find value `" + p.text() + "` in this scope");
  emit(Op::Unit);
}

void Compiler::call(const Expr& e, const CallExpr& c) {
  auto args = [&]() {
    for (const Expr* a : c.args) value_expr(*a);
  };
  auto argc = static_cast<uint32_t>(c.args.size());
  const PathExpr* pe = c.callee->as<PathExpr>();
  if (!pe) {
    expr(*c.callee);
    args();
    emit(Op::CallValue, 0, argc, 0, span_id(e.span));
    return;
  }
  const Path& p = pe->path;
  uint32_t slot, enum_id, variant, payloads;
  if (p.segments.size() == 1 && lookup_local(std::string(p.segments[0].name), slot)) {
    emit(Op::LoadLocal, slot);
    args();
    emit(Op::CallValue, 0, argc, 0, span_id(e.span));
    return;
  }
  if (enum_variant(p, enum_id, variant, payloads)) {
    if (payloads != argc)
      error(e.span, "this enum variant takes " + std::to_string(payloads) + " field(s) but " + std::to_string(argc) +
                        " were given");
    args();
    emit(Op::MakeEnum, enum_id, variant, argc);
    return;
  }
  if (trait_call(e, c)) return;
  // Type::function or a tuple-struct constructor.
  std::string owner;
  if (p.segments.size() >= 2) {
    owner = type_name_of(Path{p.span, false, {p.segments.begin(), p.segments.end() - 1}});
    if (user_type(owner) >= 0 || user_enum(owner) >= 0) {
      int32_t f = user_fn(owner + "::" + std::string(p.last()));
      if (f < 0) {
        error(e.span, "no function or associated item named `" + std::string(p.last()) + "` found for `" + owner + "`");
        emit(Op::Unit);
        return;
      }
      args();
      emit(Op::CallFn, static_cast<uint32_t>(f), argc, 0, span_id(e.span));
      return;
    }
  }
  std::string type = type_name_of(p);
  int32_t t = user_type(type);
  if (t >= 0 && prog_.types[t].tuple) {
    if (prog_.types[t].fields.size() != argc)
      error(e.span, "`" + type + "` takes " + std::to_string(prog_.types[t].fields.size()) + " field(s)");
    args();
    emit(Op::MakeStruct, static_cast<uint32_t>(t), argc);
    return;
  }
  std::string full = canonical(p);
  if (mem_call(e, full, c)) return;
  if (numeric_call(e, full, c)) return;
  int32_t f = p.segments.size() == 1 || full.find("::") == std::string::npos ? user_fn(full) : -1;
  if (f >= 0) {
    const FnProto& proto_f = prog_.fns[f];
    if (proto_f.arity != argc)
      error(e.span, "function `" + full + "` takes " + std::to_string(proto_f.arity) + " argument(s) but " +
                        std::to_string(argc) + " were supplied");
    args();
    emit(Op::CallFn, static_cast<uint32_t>(f), argc, 0, span_id(e.span));
    return;
  }
  int32_t n = natives_.find(full);
  if (n >= 0) {
    NativeSignature d = natives_.signature(static_cast<uint32_t>(n));
    if (argc < d.min_args || argc > d.max_args)
      error(e.span, "`" + full + "` takes " +
                        (d.min_args == d.max_args ? std::to_string(d.min_args)
                                                  : std::to_string(d.min_args) + " to " + std::to_string(d.max_args)) +
                        " argument(s) but " + std::to_string(argc) + " were supplied");
    args();
    emit(Op::CallNative, static_cast<uint32_t>(n), argc, 0, span_id(e.span));
    return;
  }
  if (full.rfind("std::", 0) == 0 || full.rfind("tokio::", 0) == 0 || full.rfind("futures::", 0) == 0)
    error(e.span, "unsupported: `" + full + "` is not in pollscope's runtime library");
  else
    error(e.span, "cannot find function `" + p.text() + "` in this scope");
  emit(Op::Unit);
}

// `receiver.name(args)`: the receiver is borrowed, the arguments are moved.
// `place.take()` and `place.replace(v)` also update the place (Option's
// take/replace move the value out and leave None / Some(v) behind).
void Compiler::method_call(const Expr& e, const MethodCallExpr& m) {
  bool take = m.name == "take" && m.args.empty();
  bool replace = m.name == "replace" && m.args.size() == 1;
  if ((take || replace) && is_place(*m.receiver)) {
    uint32_t arg = 0;
    if (replace) {
      arg = hidden_local("replacement");
      value_expr(*m.args[0]);
      emit(Op::StoreLocal, arg);
    }
    // The receiver's place (through a reference stored there, as method
    // calls auto-deref), then what stays behind, then the call, then the store.
    uint32_t place = hidden_local("place"), rest = hidden_local("rest"), result = hidden_local("result");
    place_ref(*m.receiver);
    emit(Op::RefAuto);
    emit(Op::StoreLocal, place);
    emit(Op::LoadLocal, place);
    emit(Op::Deref);
    if (replace) emit(Op::LoadLocal, arg);
    native(take ? "pollscope::taken_rest" : "pollscope::replaced_rest", take ? 1 : 2);
    emit(Op::StoreLocal, rest);
    emit(Op::LoadLocal, place);
    emit(Op::Deref);
    if (replace) emit(Op::MoveLocal, arg);
    emit(Op::CallMethod, str_const(m.name), replace ? 1 : 0, 0, span_id(m.name_span));
    emit(Op::StoreLocal, result);
    emit(Op::LoadLocal, place);
    emit(Op::MoveLocal, rest);
    emit(Op::PlaceReplace);
    emit(Op::Pop);
    emit(Op::ClearLocal, place);
    emit(Op::MoveLocal, result);
    return;
  }
  if (m.name == "collect" && m.turbofish && m.args.empty()) {
    std::string target = turbofish_type(m);
    std::string_view base = std::string_view(target).substr(0, target.find('<'));
    if (base != "Vec" && base != "VecDeque" && base != "_" && base != "String") {
      error(m.name_span, "unsupported: `collect` into `" + target + "` (pollscope collects into a Vec or a String)");
    } else if (base == "String") {
      expr(*m.receiver);
      emit(Op::CallMethod, str_const("collect_string"), 0, 0, span_id(m.name_span));
      return;
    }
  }
  expr(*m.receiver);
  if (auto b = method_borrows_self_.find(m.name); b != method_borrows_self_.end() && b->second)
    keep_temporary(*m.receiver);
  for (const Expr* a : m.args) value_expr(*a);
  if (auto typed = numbers_.parses.find(&e); typed != numbers_.parses.end() && m.args.empty()) {
    emit(Op::Int, int_const(static_cast<int64_t>(typed->second)));  // `parse::<T>()`: T's kind
    emit(Op::CallMethod, str_const("parse#"), 1, 0, span_id(m.name_span));
    return;
  }
  emit(Op::CallMethod, str_const(m.name), static_cast<uint32_t>(m.args.size()), 0, span_id(m.name_span));
}

// The type text of a method call's turbofish: `T` of `.collect::<T>()`.
std::string Compiler::turbofish_type(const MethodCallExpr& m) {
  std::string_view src(ast_.source);
  size_t at = m.name_span.offset + m.name_span.len;
  size_t open = src.find('<', at);
  if (open == std::string_view::npos) return "";
  int depth = 0;
  for (size_t i = open; i < src.size(); ++i) {
    if (src[i] == '<') ++depth;
    if (src[i] == '>' && --depth == 0) {
      std::string_view t = src.substr(open + 1, i - open - 1);
      while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
      while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
      return std::string(t);
    }
  }
  return "";
}

void Compiler::struct_lit(const Expr& e, const StructExpr& s) {
  if (enum_struct_lit(e, s)) return;
  std::string type = type_name_of(s.path);
  int32_t t = user_type(type);
  if (t < 0) {
    error(s.path.span, "cannot find struct `" + type + "` in this scope");
    emit(Op::Unit);
    return;
  }
  field_inits(e, s, prog_.types[t].fields, "struct", type);
  emit(Op::MakeStruct, static_cast<uint32_t>(t), static_cast<uint32_t>(prog_.types[t].fields.size()));
}

void Compiler::assign(const Expr& e, const AssignExpr& a) {
  const Expr& lhs = *a.lhs;
  if (auto* ue = lhs.as<UnaryExpr>(); ue && (ue->op == UnaryOp::Ref || ue->op == UnaryOp::RefMut)) {
    error(lhs.span, "invalid left-hand side of assignment");
  } else {
    store_place(
        lhs, [&] { value_expr(*a.rhs); }, a.op, span_id(e.span), "invalid left-hand side of assignment");
  }
  emit(Op::Unit);
}

void Compiler::binary(const Expr& e, const BinaryExpr& b) {
  if (b.op == BinaryOp::And || b.op == BinaryOp::Or) {
    expr(*b.lhs);
    emit(Op::Dup);
    size_t j = emit(b.op == BinaryOp::And ? Op::JumpIfFalse : Op::JumpIfTrue);
    emit(Op::Pop);
    expr(*b.rhs);
    patch(j);
    return;
  }
  expr(*b.lhs);
  expr(*b.rhs);
  emit(Op::Binary, static_cast<uint32_t>(b.op), 0, 0, span_id(e.span));
}

void Compiler::unary(const Expr& e, const UnaryExpr& u) {
  switch (u.op) {
    case UnaryOp::Ref:
      expr(*u.operand);
      keep_temporary(*u.operand);
      return;
    case UnaryOp::RefMut: place_ref(*u.operand); return;
    case UnaryOp::Deref:
      expr(*u.operand);
      emit(Op::Deref, 0, 0, 0, span_id(e.span));
      return;
    case UnaryOp::Neg:
      if (negative_literal(*u.operand)) return;
      [[fallthrough]];
    case UnaryOp::Not:
      expr(*u.operand);
      emit(Op::Unary, static_cast<uint32_t>(u.op), 0, 0, span_id(e.span));
      return;
  }
}

// Marks a local as assigned or mutably borrowed in this function: if it is a
// capture of this closure, the capture becomes mutable (see Capture).
void Compiler::note_mutated(uint32_t slot) {
  for (Capture& cap : fn_->captures)
    if (cap.inner_slot == slot) cap.mutated = true;
}

void Compiler::place_ref(const Expr& e) {
  uint32_t slot;
  if (auto* paren = e.as<ParenExpr>()) {
    place_ref(*paren->inner);
  } else if (auto* p = e.as<PathExpr>();
             p && p->path.segments.size() == 1 && lookup_local(std::string(p->path.segments[0].name), slot)) {
    note_mutated(slot);
    emit(Op::RefLocal, slot);
  } else if (auto* f = e.as<FieldExpr>()) {
    expr(*f->base);
    emit(Op::RefField, str_const(f->name), 0, 0, span_id(f->name_span));
  } else if (auto* t = e.as<TupleIndexExpr>()) {
    expr(*t->base);
    emit(Op::RefTuple, t->index, 0, 0, span_id(e.span));
  } else if (auto* i = e.as<IndexExpr>()) {
    expr(*i->base);
    expr(*i->index);
    emit(Op::RefIndex, 0, 0, 0, span_id(e.span));
  } else if (auto* u = e.as<UnaryExpr>(); u && u->op == UnaryOp::Deref) {
    expr(*u->operand);
    emit(Op::RefDeref, 0, 0, 0, span_id(e.span));
  } else {
    value_expr(e);
    emit(Op::RefTemp);
  }
}

void Compiler::cast(const Expr& e, const CastExpr& c) {
  std::string_view t = c.type.text;
  // `&x as *const T`, `&mut x as *mut T`: a raw pointer names the place.
  if (t.substr(0, 6) == "*const" || t.substr(0, 4) == "*mut") {
    const Expr* v = c.value;
    while (auto* paren = v->as<ParenExpr>()) v = paren->inner;
    auto* u = v->as<UnaryExpr>();
    if (u && (u->op == UnaryOp::Ref || u->op == UnaryOp::RefMut)) {
      place_ref(*u->operand);
      emit(Op::RefRaw);
    } else {
      expr(*c.value);
    }
    return;
  }
  expr(*c.value);
  NumKind k;
  uint32_t op;
  if (numeric_type(c.type.text, k))
    op = static_cast<uint32_t>(Cast::ToKind) + static_cast<uint32_t>(k);
  else if (c.type.text == "char")
    op = static_cast<uint32_t>(Cast::ToChar);
  else {
    error(c.type.span, "unsupported: cast to `" + std::string(c.type.text) + "`");
    return;
  }
  emit(Op::Unary, op, 0, 0, span_id(e.span));
}

// Closures and async blocks compile to their own FnProto; the values they
// capture are loaded (or moved, with `move`) here and stored in the new value.
uint32_t Compiler::compile_closure_like(const ClosureExpr* c, const Block* async_body, bool is_move, const Span& span,
                                        std::vector<Capture>& captures_out) {
  auto index = static_cast<uint32_t>(prog_.fns.size());
  FnProto p;
  p.name = c ? "closure" : "async block";
  p.span = span;
  p.is_async = async_body != nullptr || (c && c->is_async);
  p.is_closure = true;
  p.arity = c ? static_cast<uint32_t>(c->params.size()) : 0;
  prog_.fns.push_back(std::move(p));
  if (++fn_depth_ > kMaxFunctionNesting) {
    error(span, "closures and async blocks nested too deep");
    --fn_depth_;
    return index;
  }
  FnState st;
  st.enclosing = fn_;
  st.proto = index;
  st.is_async = prog_.fns[index].is_async;
  st.self_type = fn_->self_type;
  st.move_captures = is_move;
  fn_ = &st;
  if (st.is_async) {
    st.machine = static_cast<int32_t>(prog_.machines.size());
    prog_.fns[index].machine = st.machine;
    prog_.machines.push_back(
        StateMachine{"async block at " + std::to_string(span.line) + ":" + std::to_string(span.col), span, index, {}});
  }
  open_scope();
  if (c) {
    std::vector<std::pair<uint32_t, const Pattern*>> destructure;
    for (const ClosureParam& cp : c->params) {
      const IdentPat* id = cp.pattern->as<IdentPat>();
      if (id && !id->subpattern) {
        declare_local(std::string(id->name));
      } else {
        destructure.emplace_back(hidden_local("parameter"), cp.pattern);
      }
    }
    for (auto& [slot, pat] : destructure) {
      emit(Op::MoveLocal, slot);
      pattern_bind(*pat);
    }
    value_expr(*c->body);
  } else {
    block_body(*async_body);
  }
  emit(Op::Return);
  captures_out = st.captures;
  for (const Capture& cap : st.captures) prog_.fns[index].capture_slots.push_back(cap.inner_slot);
  prog_.fns[index].captures = static_cast<uint32_t>(st.captures.size());
  fn_ = st.enclosing;
  --fn_depth_;
  return index;
}

// Pushes the captured values of a new closure or async block, in capture
// order. Without `move`, a variable the body changes is shared (its slot),
// the others are read as values are borrowed; with `move`, values are moved
// (or copied), and one the body changes gets a slot of its own, so that its
// changes last from one call to the next.
void Compiler::capture_values(const std::vector<Capture>& caps, bool is_move) {
  for (const Capture& cap : caps) {
    uint32_t slot = 0;
    lookup_local(cap.name, slot);
    if (!is_move && cap.mutated) {
      note_mutated(slot);
      emit(Op::ShareLocal, slot);
    } else if (is_move) {
      emit(Op::MoveLocal, slot);
      if (cap.mutated) emit(Op::ShareNew);
    } else {
      emit(Op::LoadLocal, slot);
    }
  }
}

void Compiler::closure(const Expr& e, const ClosureExpr& c) {
  std::vector<Capture> caps;
  uint32_t index = compile_closure_like(&c, nullptr, c.is_move, e.span, caps);
  capture_values(caps, c.is_move);
  emit(Op::MakeClosure, index, static_cast<uint32_t>(caps.size()));
}

void Compiler::async_block(const Expr& e, const BlockExpr& b) {
  std::vector<Capture> caps;
  uint32_t index = compile_closure_like(nullptr, b.block, b.is_move, e.span, caps);
  capture_values(caps, b.is_move);
  emit(Op::MakeAsync, index, static_cast<uint32_t>(caps.size()), 0, span_id(e.span));
}

// `fut.await`: a suspension point, and a state of the enclosing state machine.
void Compiler::await_expr(const Expr& e, const AwaitExpr& a) {
  if (!fn_->is_async) {
    error(a.await_span, "`await` is only allowed inside `async` functions and blocks");
    emit(Op::Unit);
    return;
  }
  value_expr(*a.future);
  if (fn_->machine >= 0) {
    AwaitPoint point{a.await_span, {}};
    for (const Scope& s : fn_->scopes)
      for (const Local& l : s.locals)
        if (!l.name.empty() && l.name[0] != '<') point.kept.push_back(l.name);
    prog_.machines[fn_->machine].awaits.push_back(std::move(point));
  }
  emit(Op::Await, 0, 0, 0, span_id(a.await_span));
  (void)e;
}

}  // namespace ps::lang

namespace ps::lang {

void Compiler::native(const char* path, uint32_t argc, uint32_t span) {
  emit(Op::CallNative, static_cast<uint32_t>(natives_.find(path)), argc, 0, span);
}

static const Expr& strip_refs(const Expr& e) {
  if (auto* u = e.as<UnaryExpr>(); u && (u->op == UnaryOp::Ref || u->op == UnaryOp::RefMut))
    return strip_refs(*u->operand);
  if (auto* p = e.as<ParenExpr>()) return strip_refs(*p->inner);
  return e;
}

bool Compiler::is_place(const Expr& e0) const {
  const Expr& e = strip_refs(e0);
  if (auto* p = e.as<PathExpr>()) return p->path.segments.size() == 1;
  if (auto* u = e.as<UnaryExpr>()) return u->op == UnaryOp::Deref;
  return e.is<FieldExpr>() || e.is<TupleIndexExpr>() || e.is<IndexExpr>();
}

bool Compiler::store_place(const Expr& place0, const std::function<void()>& value, std::optional<BinaryOp> op,
                           uint32_t sp, const char* not_place) {
  const Expr& place = strip_refs(place0);
  // The new value: `value` alone, or the place's value (just read) `op` it.
  auto new_value = [&] {
    value();
    if (op) emit(Op::Binary, static_cast<uint32_t>(*op), 1, 0, sp);  // b = 1: a compound assignment
  };
  uint32_t slot;
  if (auto* p = place.as<PathExpr>();
      p && p->path.segments.size() == 1 && lookup_local(std::string(p->path.segments[0].name), slot)) {
    note_mutated(slot);
    if (op) emit(Op::LoadLocal, slot);
    new_value();
    emit(Op::StoreLocal, slot);
  } else if (auto* f = place.as<FieldExpr>()) {
    expr(*f->base);
    if (op) {
      emit(Op::Dup);
      emit(Op::GetField, str_const(f->name), 0, 0, sp);
    }
    new_value();
    emit(Op::SetField, str_const(f->name), 0, 0, sp);
  } else if (auto* t = place.as<TupleIndexExpr>()) {
    expr(*t->base);
    if (op) {
      emit(Op::Dup);
      emit(Op::GetTuple, t->index, 0, 0, sp);
    }
    new_value();
    emit(Op::SetTuple, t->index, 0, 0, sp);
  } else if (auto* i = place.as<IndexExpr>()) {
    expr(*i->base);
    expr(*i->index);
    if (op) {
      emit(Op::Dup2);
      emit(Op::GetIndex, 0, 0, 0, sp);
    }
    new_value();
    emit(Op::SetIndex, 0, 0, 0, sp);
  } else if (auto* u = place.as<UnaryExpr>(); u && u->op == UnaryOp::Deref) {
    // `*x = v`: writes through a reference, a guard or a cell.
    expr(*u->operand);
    if (op) {
      emit(Op::Dup);
      emit(Op::Deref);
    }
    new_value();
    emit(Op::DerefSet, 0, 0, 0, sp);
  } else {
    error(place.span, not_place);
    return false;
  }
  return true;
}

// std::mem::{replace, take, swap}: they move values out of places, so a
// pinned future refuses to go (see pollscope::check_unpinned).
bool Compiler::mem_call(const Expr& e, const std::string& path, const CallExpr& c) {
  bool replace = path == "std::mem::replace", take = path == "std::mem::take", swap = path == "std::mem::swap";
  if (!replace && !take && !swap) return false;
  uint32_t sp = span_id(e.span);
  size_t want = take ? 1 : 2;
  if (c.args.size() != want) {
    error(e.span, "`" + path + "` takes " + std::to_string(want) + " argument(s)");
    emit(Op::Unit);
    return true;
  }
  // Each argument is a `&mut place`; what moves out of a place is checked
  // first: a future polled in place is pinned.
  auto checked_ref = [&](const Expr& arg) {
    expr(arg);
    emit(Op::Dup);
    emit(Op::Deref);
    native("pollscope::check_unpinned", 1, sp);
    emit(Op::Pop);
  };
  checked_ref(*c.args[0]);
  if (swap) {
    checked_ref(*c.args[1]);
    emit(Op::PlaceSwap, 0, 0, 0, sp);
  } else {
    if (take) {
      emit(Op::Dup);
      emit(Op::Deref);
      native("pollscope::default_like", 1, sp);
    } else {
      value_expr(*c.args[1]);
    }
    emit(Op::PlaceReplace, 0, 0, 0, sp);
  }
  return true;
}

}  // namespace ps::lang
