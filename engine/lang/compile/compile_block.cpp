// Blocks, statements and `let`.
#include "lang/compile/compiler.h"

namespace ps::lang {

// `{ stmts; tail }` pushes the tail's value, or () without one. The block's
// locals are dropped at its end, newest first, after the value is computed.
void Compiler::block(const Block& b) {
  open_scope();
  block_body(b);
  close_scope();
}

void Compiler::block_body(const Block& b) {
  for (const Stmt* s : b.stmts) stmt(*s);
  if (b.tail) {
    value_expr(*b.tail);
  } else {
    emit(Op::Unit);
  }
}

void Compiler::stmt(const Stmt& s) {
  if (auto* l = s.as<LetStmt>()) {
    open_temporaries();
    let_stmt(*l, s.span);
    close_temporaries();
  } else if (auto* e = s.as<ExprStmt>()) {
    open_temporaries();
    expr(*e->expr);
    emit(Op::Pop);
    close_temporaries();
  } else if (auto* i = s.as<ItemStmt>()) {
    if (auto* f = i->item->as<FnItem>()) {
      std::string name = std::string(f->name);
      fns_[name] = declare_fn(*f, name, fn_->self_type);
    } else if (i->item->as<UseItem>() || i->item->as<ConstItem>() || i->item->as<StructItem>() ||
               i->item->as<EnumItem>() || i->item->as<ImplItem>() || i->item->as<ModItem>() ||
               i->item->as<TypeAliasItem>()) {
      std::vector<Item*> one{i->item};
      collect_modules(one);
      collect(one, fn_->self_type);
    }
  }
}

// `let pat = init;` binds new locals after evaluating the initializer, so
// `let x = x + 1;` reads the old x. `let _ = local;` neither moves nor drops.
void Compiler::let_stmt(const LetStmt& l, const Span& span) {
  (void)span;
  if (l.else_block) {
    let_else(l);
    return;
  }
  if (!l.init) {
    const IdentPat* id = l.pattern->as<IdentPat>();
    if (!id) {
      error(l.pattern->span, "unsupported: a `let` pattern without an initializer");
      return;
    }
    uint32_t slot = declare_local(std::string(id->name));
    emit(Op::Unit);
    emit(Op::StoreLocal, slot);
    return;
  }
  if (l.pattern->is<WildcardPat>()) {
    if (l.init->is<PathExpr>()) return;
    expr(*l.init);
    emit(Op::Pop);
    return;
  }
  const UnaryExpr* borrow = l.init->as<UnaryExpr>();
  auto* collect = l.init->as<MethodCallExpr>();
  if (collect && (collect->name != "collect" || !collect->args.empty() || collect->turbofish)) collect = nullptr;
  std::string_view target = l.type && collect ? l.type->name : "";
  if (borrow && borrow->op != UnaryOp::Ref && borrow->op != UnaryOp::RefMut) borrow = nullptr;
  if (borrow && l.type && !l.type->text.empty() && l.type->text[0] == '*') {
    place_ref(*borrow->operand);  // `let p: *const T = &x;`: a raw pointer names the place x
    emit(Op::RefRaw);
  } else if (target == "String") {
    expr(*collect->receiver);
    emit(Op::CallMethod, str_const("collect_string"), 0, 0, span_id(collect->name_span));
  } else if (!target.empty() && target != "Vec" && target != "VecDeque") {
    error(l.type->span, "unsupported: `collect` into `" + std::string(l.type->text) +
                            "` (pollscope collects into a Vec or a String)");
    expr(*l.init);
  } else if (pattern_borrows(*l.pattern))
    expr(*l.init);  // `let Person { ref name, .. } = p;` leaves `p` in place
  else
    value_expr(*l.init);
  if (NumKind k; l.type && numeric_type(l.type->text, k))
    emit(Op::Unary, static_cast<uint32_t>(Cast::Coerce) + static_cast<uint32_t>(k), 0, 0, span_id(l.init->span));
  if (!pattern_irrefutable(*l.pattern)) error(l.pattern->span, "refutable pattern in `let`: use `if let` or `match`");
  pattern_bind(*l.pattern);
}

// Temporaries of the statement about to be compiled are kept to its end.
void Compiler::open_temporaries() { fn_->temporaries.emplace_back(); }

// The statement's temporaries are dropped, newest first.
void Compiler::close_temporaries() {
  std::vector<uint32_t> slots = std::move(fn_->temporaries.back());
  fn_->temporaries.pop_back();
  for (auto it = slots.rbegin(); it != slots.rend(); ++it) emit(Op::ClearLocal, *it);
}

// `produced` was just pushed: if it is a fresh value (a call's result) that
// is only borrowed (a field read, `&`, a `&self` method), a hidden local keeps
// it alive to the end of the statement, where Rust drops temporaries.
void Compiler::keep_temporary(const Expr& produced) {
  if (fn_->temporaries.empty()) return;
  if (!produced.is<CallExpr>() && !produced.is<MethodCallExpr>()) return;
  uint32_t slot = declare_local("<temporary>");
  emit(Op::Dup);
  emit(Op::StoreLocal, slot);
  fn_->temporaries.back().push_back(slot);
}

}  // namespace ps::lang
