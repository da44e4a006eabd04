// Macros: printing and formatting, panics and assertions, vec!, matches!,
// and the async ones (join!, try_join!, select!), which await implicitly.
#include "lang/compile/compiler.h"
#include "lang/program/native_index.h"

namespace ps::lang {

void Compiler::macro(const Expr& e, const MacroExpr& m) {
  uint32_t sp = span_id(e.span);
  switch (m.kind) {
    case MacroKind::Println:
    case MacroKind::Print:
    case MacroKind::Eprintln:
    case MacroKind::Eprint: {
      bool nl = m.kind == MacroKind::Println || m.kind == MacroKind::Eprintln;
      bool err = m.kind == MacroKind::Eprintln || m.kind == MacroKind::Eprint;
      format_call(m, nl);
      emit(Op::Print, err ? 1 : 0, 0, 0, sp);
      emit(Op::Unit);
      return;
    }
    case MacroKind::Format: format_call(m, false); return;
    case MacroKind::Panic:
    case MacroKind::Unreachable:
    case MacroKind::Todo:
    case MacroKind::Unimplemented: {
      const char* base = m.kind == MacroKind::Panic         ? "explicit panic"
                         : m.kind == MacroKind::Unreachable ? "internal error: entered unreachable code"
                         : m.kind == MacroKind::Todo        ? "not yet implemented"
                                                            : "not implemented";
      if (m.format) {
        if (m.kind != MacroKind::Panic) emit(Op::Str, str_const(std::string(base) + ": "));
        format_call(m, false);
        if (m.kind != MacroKind::Panic) emit(Op::Binary, static_cast<uint32_t>(BinaryOp::Add));
      } else {
        emit(Op::Str, str_const(base));
      }
      emit(Op::Panic, 0, 0, 0, sp);
      emit(Op::Unit);
      return;
    }
    case MacroKind::Write:
    case MacroKind::Writeln:
      if (m.args.empty()) {
        error(e.span, "`write!` needs a destination");
        emit(Op::Unit);
        return;
      }
      expr(*m.args[0]);
      format_call(m, m.kind == MacroKind::Writeln);
      emit(Op::CallMethod, str_const("write_str"), 1, 0, sp);
      return;
    case MacroKind::Assert: {
      if (m.args.empty()) {
        error(e.span, "`assert!` needs a condition");
        emit(Op::Unit);
        return;
      }
      expr(*m.args[0]);
      size_t ok = emit(Op::JumpIfTrue);
      if (m.format) {
        format_call(m, false);
      } else {
        const Span& s = m.args[0]->span;
        emit(Op::Str, str_const("assertion failed: " + std::string(ast_.source.substr(s.offset, s.len))));
      }
      emit(Op::Panic, 0, 0, 0, sp);
      patch(ok);
      emit(Op::Unit);
      return;
    }
    case MacroKind::AssertEq:
    case MacroKind::AssertNe: {
      if (m.args.size() < 2) {
        error(e.span, "`assert_eq!` needs two values");
        emit(Op::Unit);
        return;
      }
      expr(*m.args[0]);
      expr(*m.args[1]);
      if (m.format) {
        format_call(m, false);
      } else {
        emit(Op::Unit);
      }
      const char* which = m.kind == MacroKind::AssertEq ? "pollscope::assert_eq" : "pollscope::assert_ne";
      emit(Op::CallNative, static_cast<uint32_t>(natives_.find(which)), 3, 0, sp);
      return;
    }
    case MacroKind::Vec:
      if (m.repeat_count) {
        value_expr(*m.args[0]);
        expr(*m.repeat_count);
        emit(Op::CallNative, static_cast<uint32_t>(natives_.find("std::vec::from_elem")), 2, 0, sp);
      } else {
        for (const Expr* a : m.args) value_expr(*a);
        emit(Op::MakeVec, static_cast<uint32_t>(m.args.size()));
      }
      return;
    case MacroKind::Matches: {
      if (m.args.empty() || !m.pattern) {
        error(e.span, "`matches!` needs a value and a pattern");
        emit(Op::Unit);
        return;
      }
      open_scope();
      expr(*m.args[0]);
      pattern_test(*m.pattern);
      size_t fail = emit(Op::JumpIfFalse);
      emit(Op::Dup);
      pattern_bind(*m.pattern);
      if (m.guard) {
        expr(*m.guard);
      } else {
        emit(Op::Bool, 1);
      }
      emit(Op::Swap);
      emit(Op::Pop);
      close_scope();
      size_t done = emit(Op::Jump);
      patch(fail);
      emit(Op::Pop);
      emit(Op::Bool, 0);
      patch(done);
      return;
    }
    case MacroKind::Dbg: {
      if (m.args.size() != 1) {
        error(e.span, "unsupported: `dbg!` with other than one argument");
        emit(Op::Unit);
        return;
      }
      value_expr(*m.args[0]);
      const Span& s = m.args[0]->span;
      emit(Op::Str, str_const("[src/main.rs:" + std::to_string(e.span.line) + ":" + std::to_string(e.span.col) + "] " +
                              std::string(ast_.source.substr(s.offset, s.len)) + " = "));
      emit(Op::CallNative, static_cast<uint32_t>(natives_.find("pollscope::dbg")), 2, 0, sp);
      return;
    }
    case MacroKind::Join:
    case MacroKind::TryJoin: join_macro(e, m); return;
    case MacroKind::Select: select_macro(e, m); return;
  }
  emit(Op::Unit);
}

// Pushes the formatted String. Arguments are borrowed; names a format string
// captures (`{count}`) become extra arguments after the explicit ones.
void Compiler::format_call(const MacroExpr& m, bool newline) {
  FormatPlan plan;
  if (m.format) plan.pieces = m.format->pieces;
  if (newline) {
    FormatPiece nl;
    nl.kind = FormatPiece::Kind::Literal;
    nl.literal = "\n";
    plan.pieces.push_back(nl);
  }
  auto nargs = static_cast<uint32_t>(m.format_args.size());
  std::vector<std::string> captured;
  auto resolve = [&](FormatArgRef& ref, const Span& span) {
    if (ref.kind != FormatArgRef::Kind::Capture) return;
    uint32_t pos = 0;
    while (pos < captured.size() && captured[pos] != ref.name) ++pos;
    if (pos == captured.size()) captured.push_back(ref.name);
    ref.kind = FormatArgRef::Kind::Index;
    ref.index = nargs + pos;
    (void)span;
  };
  for (FormatPiece& piece : plan.pieces) {
    if (piece.kind != FormatPiece::Kind::Placeholder) continue;
    resolve(piece.arg, piece.span);
    if (piece.spec.width.kind == FormatCount::Kind::Arg) resolve(piece.spec.width.arg, piece.span);
    if (piece.spec.precision.kind == FormatCount::Kind::Arg) resolve(piece.spec.precision.arg, piece.span);
  }
  for (const FormatArg& a : m.format_args) expr(*a.value);
  for (const std::string& name : captured) {
    uint32_t slot;
    if (lookup_local(name, slot)) {
      emit(Op::LoadLocal, slot);
    } else if (consts_.count(name)) {
      expr(*consts_.find(name)->second->value);
    } else {
      error(m.format ? m.format->span : Span{}, "cannot find value `" + name + "` in this scope");
      emit(Op::Unit);
    }
  }
  prog_.formats.push_back(std::move(plan));
  emit(Op::Format, static_cast<uint32_t>(prog_.formats.size() - 1), nargs + static_cast<uint32_t>(captured.size()), 0,
       m.format ? span_id(m.format->span) : 0);
}

// join!(a, b, ...) and try_join!: one future polling all, awaited here.
void Compiler::join_macro(const Expr& e, const MacroExpr& m) {
  if (!fn_->is_async) {
    error(e.span, "`join!` is only allowed inside `async` functions and blocks");
    emit(Op::Unit);
    return;
  }
  std::string path = canonical(m.path);
  bool futures = path.rfind("futures", 0) == 0;
  const char* native = m.kind == MacroKind::TryJoin ? (futures ? "futures::try_join" : "tokio::try_join")
                                                    : (futures ? "futures::join" : "tokio::join");
  for (const Expr* a : m.args) value_expr(*a);
  uint32_t sp = span_id(e.span);
  emit(Op::CallNative, static_cast<uint32_t>(natives_.find(native)), static_cast<uint32_t>(m.args.size()), 0, sp);
  emit(Op::Await, 0, 0, 0, sp);
}

// select!: the branch futures race in one future (biased, or from a seeded
// start branch); a branch whose output its pattern refuses is disabled. The
// awaited result is (branch index, value); the winner's body runs after all
// branch futures were dropped.
void Compiler::select_macro(const Expr& e, const MacroExpr& m) {
  if (!fn_->is_async) {
    error(e.span, "`select!` is only allowed inside `async` functions and blocks");
    emit(Op::Unit);
    return;
  }
  uint32_t sp = span_id(e.span);
  auto n = static_cast<uint32_t>(m.branches.size());
  emit(Op::Bool, m.biased ? 1 : 0);
  for (const SelectBranch& b : m.branches) {
    if (b.guard)
      expr(*b.guard);
    else
      emit(Op::Bool, 1);
  }
  for (const SelectBranch& b : m.branches) value_expr(*b.future);
  for (const SelectBranch& b : m.branches) {
    if (pattern_irrefutable(*b.pattern)) {
      emit(Op::Unit);
      continue;
    }
    // A one-parameter function testing the pattern.
    auto index = static_cast<uint32_t>(prog_.fns.size());
    FnProto p;
    p.name = "select! pattern";
    p.span = b.pattern->span;
    p.arity = 1;
    p.is_closure = true;
    prog_.fns.push_back(std::move(p));
    FnState st;
    st.proto = index;
    st.self_type = fn_->self_type;
    FnState* saved = fn_;
    fn_ = &st;
    open_scope();
    emit(Op::LoadLocal, declare_local("<value>"));
    pattern_test(*b.pattern);
    emit(Op::Swap);
    emit(Op::Pop);
    emit(Op::Return);
    fn_ = saved;
    emit(Op::MakeClosure, index, 0);
  }
  emit(Op::CallNative, static_cast<uint32_t>(natives_.find("tokio::select")), 3 * n + 1, 0, sp);
  emit(Op::Await, 0, 0, 0, sp);
  uint32_t result = hidden_local("select result");
  emit(Op::StoreLocal, result);
  std::vector<size_t> ends;
  for (uint32_t i = 0; i < n; ++i) {
    const SelectBranch& b = m.branches[i];
    emit(Op::LoadLocal, result);
    emit(Op::GetTuple, 0);
    emit(Op::Int, int_const(i));
    emit(Op::Binary, static_cast<uint32_t>(BinaryOp::Eq));
    size_t next = emit(Op::JumpIfFalse);
    open_scope();
    emit(Op::LoadLocal, result);
    emit(Op::GetTuple, 1);
    pattern_bind(*b.pattern);
    value_expr(*b.body);
    close_scope();
    ends.push_back(emit(Op::Jump));
    patch(next);
  }
  if (m.else_body) {
    value_expr(*m.else_body);
  } else {
    emit(Op::Str, str_const("all branches are disabled and there is no else branch"));
    emit(Op::Panic, 0, 0, 0, sp);
    emit(Op::Unit);
  }
  for (size_t j : ends) patch(j);
  emit(Op::ClearLocal, result);
}

}  // namespace ps::lang
