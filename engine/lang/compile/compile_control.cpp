// Control flow: if, loops, match, break, continue, return.
//
// Loops remember the operand-stack height at their entry (StackMark) so that
// `break` and `continue` from inside an expression can discard what the
// expression had pushed, and they close the scopes they leave, so locals are
// dropped exactly as Rust drops them.
#include "lang/compile/compiler.h"

namespace ps::lang {

void Compiler::if_expr(const Expr& e, const IfExpr& i) {
  size_t to_else, to_end;
  if (i.let_pattern) {
    open_scope();
    expr(*i.cond);
    pattern_test(*i.let_pattern);
    size_t fail = emit(Op::JumpIfFalse);
    pattern_bind(*i.let_pattern);
    block(*i.then_block);
    close_scope();
    to_end = emit(Op::Jump);
    patch(fail);
    emit(Op::Pop);
    to_else = 0;
  } else {
    open_temporaries();
    expr(*i.cond);
    close_temporaries();
    to_else = emit(Op::JumpIfFalse);
    block(*i.then_block);
    to_end = emit(Op::Jump);
    patch(to_else);
  }
  if (i.else_branch) {
    expr(*i.else_branch);
  } else {
    emit(Op::Unit);
  }
  patch(to_end);
  (void)e;
}

void Compiler::begin_loop(std::string_view label, bool is_block) {
  Loop l;
  l.label = std::string(label);
  l.is_block = is_block;
  l.mark_slot = hidden_local("loop");
  l.result_slot = hidden_local("loop value");
  l.scope_depth = fn_->scopes.size();
  emit(Op::StackMark, l.mark_slot);
  emit(Op::Unit);
  emit(Op::StoreLocal, l.result_slot);
  l.continue_target = here();
  fn_->loops.push_back(std::move(l));
}

// Lands the loop's breaks here and pushes the loop's value.
void Compiler::end_loop() {
  Loop l = std::move(fn_->loops.back());
  fn_->loops.pop_back();
  for (size_t b : l.breaks) patch(b);
  emit(Op::MoveLocal, l.result_slot);
}

void Compiler::while_expr(const Expr& e, const WhileExpr& w) {
  begin_loop(w.label);
  if (w.let_pattern) {
    open_scope();
    expr(*w.cond);
    pattern_test(*w.let_pattern);
    size_t fail = emit(Op::JumpIfFalse);
    pattern_bind(*w.let_pattern);
    block(*w.body);
    emit(Op::Pop);
    close_scope();
    emit(Op::Jump, fn_->loops.back().continue_target);
    patch(fail);
    emit(Op::Pop);
  } else {
    open_temporaries();
    expr(*w.cond);
    close_temporaries();
    size_t exit = emit(Op::JumpIfFalse);
    block(*w.body);
    emit(Op::Pop);
    emit(Op::Jump, fn_->loops.back().continue_target);
    patch(exit);
  }
  end_loop();
  (void)e;
}

void Compiler::loop_expr(const Expr& e, const LoopExpr& l) {
  begin_loop(l.label);
  block(*l.body);
  emit(Op::Pop);
  emit(Op::Jump, fn_->loops.back().continue_target);
  end_loop();
  (void)e;
}

void Compiler::for_expr(const Expr& e, const ForExpr& f) {
  value_expr(*f.iter);
  emit(Op::IterStart, 0, 0, 0, span_id(f.iter->span));
  uint32_t it = hidden_local("iterator");
  emit(Op::StoreLocal, it);
  begin_loop(f.label);
  size_t next = emit(Op::IterNext, it);
  open_scope();
  pattern_bind(*f.pattern);
  block(*f.body);
  emit(Op::Pop);
  close_scope();
  emit(Op::Jump, fn_->loops.back().continue_target);
  patch(next);
  end_loop();
  emit(Op::ClearLocal, it);
  (void)e;
}

// Arms are tried in order. An arm `A | B if guard` is tried as `A if guard`, then `B if guard`:
// Rust runs the guard once for each alternative that matches.
void Compiler::match_expr(const Expr& e, const MatchExpr& m) {
  expr(*m.scrutinee);
  std::vector<size_t> ends;
  std::vector<std::pair<const Pattern*, const MatchArm*>> tries;
  for (const MatchArm& arm : m.arms) {
    const OrPat* alts = arm.guard ? arm.pattern->as<OrPat>() : nullptr;
    if (!alts) {
      tries.emplace_back(arm.pattern, &arm);
      continue;
    }
    for (const Pattern* alt : alts->alts) tries.emplace_back(alt, &arm);
  }
  for (auto [pattern, arm_ptr] : tries) {
    const MatchArm& arm = *arm_ptr;
    if (arm.guard) guarded_or_check(*pattern, false);
    open_scope();
    pattern_test(*pattern);
    size_t next = emit(Op::JumpIfFalse);
    emit(Op::Dup);
    pattern_bind(*pattern);
    size_t guard_fail = 0;
    bool has_guard = arm.guard != nullptr;
    if (has_guard) {
      expr(*arm.guard);
      guard_fail = emit(Op::JumpIfFalse);
    }
    value_expr(*arm.body);
    std::vector<Local> arm_locals = fn_->scopes.back().locals;
    close_scope();
    emit(Op::Swap);
    emit(Op::Pop);
    ends.push_back(emit(Op::Jump));
    if (has_guard) {
      patch(guard_fail);
      for (auto it = arm_locals.rbegin(); it != arm_locals.rend(); ++it) emit(Op::ClearLocal, it->slot);
      size_t skip = emit(Op::Jump);
      patch(next);
      patch(skip);
    } else {
      patch(next);
    }
  }
  emit(Op::MatchFail, 0, 0, 0, span_id(e.span));
  for (size_t j : ends) patch(j);
}

Compiler::Loop* Compiler::find_loop(const Expr& e, std::string_view label) {
  for (auto it = fn_->loops.rbegin(); it != fn_->loops.rend(); ++it)
    if (label.empty() ? !it->is_block : it->label == label) return &*it;
  error(e.span, label.empty() ? "`break` or `continue` outside of a loop"
                              : "use of undeclared label `" + std::string(label) + "`");
  return nullptr;
}

void Compiler::break_expr(const Expr& e, const BreakExpr& b) {
  Loop* l = find_loop(e, b.label);
  if (!l) {
    emit(Op::Unit);
    return;
  }
  if (b.value) {
    value_expr(*b.value);
    emit(Op::StoreLocal, l->result_slot);
  }
  clear_scopes_to(l->scope_depth);
  emit(Op::StackReset, l->mark_slot);
  l = find_loop(e, b.label);
  l->breaks.push_back(emit(Op::Jump));
  emit(Op::Unit);  // unreachable; keeps the stack shape of an expression
}

void Compiler::continue_expr(const Expr& e, const ContinueExpr& c) {
  Loop* l = find_loop(e, c.label);
  if (l && l->is_block) {
    error(e.span, "`continue` pointing to a labeled block");
    l = nullptr;
  }
  if (!l) {
    emit(Op::Unit);
    return;
  }
  clear_scopes_to(l->scope_depth);
  emit(Op::StackReset, l->mark_slot);
  emit(Op::Jump, l->continue_target);
  emit(Op::Unit);
}

void Compiler::return_expr(const Expr& e, const ReturnExpr& r) {
  if (r.value) {
    value_expr(*r.value);
  } else {
    emit(Op::Unit);
  }
  emit(Op::Return, 0, 0, 0, span_id(e.span));
  emit(Op::Unit);
}

// `'a: { ... break 'a value; ... }`: a block that `break 'a` leaves early with a value, built
// like a loop that runs once.
void Compiler::labeled_block(const Expr& e, const BlockExpr& b) {
  begin_loop(b.label, true);
  block(*b.block);
  emit(Op::StoreLocal, fn_->loops.back().result_slot);
  end_loop();
  (void)e;
}

// `let PATTERN = init else { diverge };`: binds the pattern's names in the enclosing scope when it
// matches; otherwise runs the else block, which Rust guarantees never finishes normally.
void Compiler::let_else(const LetStmt& l) {
  value_expr(*l.init);
  pattern_test(*l.pattern);
  size_t matched = emit(Op::JumpIfTrue);
  emit(Op::Pop);
  block(*l.else_block);
  emit(Op::Pop);
  emit(Op::MatchFail, 0, 0, 0, span_id(l.else_block->span));
  patch(matched);
  pattern_bind(*l.pattern);
}

// A guard after an or-pattern nested inside the arm's pattern (`(A(x) | B(x), _) if guard`) would
// have to run once per matching alternative: refused when the alternatives bind names.
void Compiler::guarded_or_check(const Pattern& p, bool nested) {
  std::visit(
      [&](const auto& n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, OrPat>) {
          if (nested && n.alts.size() > 1 && !pattern_binds_nothing(*n.alts[0]))
            error(p.span, "unsupported: an or-pattern that binds names, nested in a pattern with a match guard");
          for (const Pattern* a : n.alts) guarded_or_check(*a, true);
        } else if constexpr (std::is_same_v<T, IdentPat>) {
          if (n.subpattern) guarded_or_check(*n.subpattern, true);
        } else if constexpr (std::is_same_v<T, TupleStructPat> || std::is_same_v<T, TuplePat> ||
                             std::is_same_v<T, SlicePat>) {
          for (const Pattern* e : n.elems) guarded_or_check(*e, true);
        } else if constexpr (std::is_same_v<T, StructPat>) {
          for (const FieldPat& f : n.fields) guarded_or_check(*f.pattern, true);
        } else if constexpr (std::is_same_v<T, RefPat>) {
          guarded_or_check(*n.pattern, true);
        }
      },
      p.node);
}

}  // namespace ps::lang
