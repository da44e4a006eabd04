// Blocks, statements and the block-like expressions: `if`, `while`, `loop`, `for`, `match`,
// labeled loops and `unsafe` blocks (reported as unsupported, then parsed anyway).
#include <utility>

#include "lang/syntax/parser_internal.h"

namespace ps::lang {

namespace {

// Expressions that end a statement without `;` and need no `,` as a match arm body.
bool is_block_like(const Expr* e) {
  return e->is<BlockExpr>() || e->is<IfExpr>() || e->is<MatchExpr>() || e->is<LoopExpr>() || e->is<WhileExpr>() ||
         e->is<ForExpr>();
}

}  // namespace

// block := `{` statement* expr? `}`
Block* Parser::block() {
  Span start = current().span;
  Block* b = ast_.arena.make<Block>();
  b->span = start;
  Nest nest(*this);
  if (!nest.ok) return b;
  if (!expect(TokenKind::LBrace)) return b;
  while (!check(TokenKind::RBrace) && !at_end()) {
    size_t before = pos_;
    bool is_tail = false;
    Expr* tail = nullptr;
    Stmt* s = statement(is_tail, tail);
    if (is_tail)
      b->tail = tail;
    else if (s)
      b->stmts.push_back(s);
    if (panic_) synchronize_stmt();
    if (pos_ == before && !check(TokenKind::RBrace) && !at_end()) advance();
  }
  if (at_end()) {
    error_at(current().span, "expected `}` to close the block opened at " + std::to_string(start.line) + ":" +
                                 std::to_string(start.col) + ", found end of file");
  } else {
    advance();
  }
  b->span = span_from(start);
  return b;
}

// statement := `;` | attribute* item | let_statement | block_like (`;`)? | expr `;`
// The final expression of a block, without `;`, is returned through `tail` instead.
Stmt* Parser::statement(bool& is_tail, Expr*& tail) {
  Span start = current().span;
  if (match(TokenKind::Semi)) return nullptr;
  std::vector<Attribute> attrs;
  attributes(attrs, false);
  if (attrs.empty() && macro_statement()) {
    if (measuring_ || check(TokenKind::RBrace) || at_end()) return nullptr;
    return statement(is_tail, tail);
  }
  if (at_item_start()) {
    Item* it = item(std::move(attrs));
    if (!it) return nullptr;
    return ast_.arena.make<Stmt>(span_from(start), StmtNode(ItemStmt{it}));
  }
  if (check(TokenKind::KwLet)) return let_statement();

  Expr* e = nullptr;
  bool needs_semi = true;
  if (at_block_like_start()) {
    e = block_like({});
    if (check(TokenKind::Dot) || check(TokenKind::Question)) {
      e = infix(postfix(e), 0, depth_);
    } else {
      needs_semi = false;
    }
  } else {
    e = expression();
    if (const MacroExpr* m = e->as<MacroExpr>()) needs_semi = !m->braces;
  }
  if (match(TokenKind::Semi)) {
    return ast_.arena.make<Stmt>(span_from(start), StmtNode(ExprStmt{e, true}));
  }
  if (check(TokenKind::RBrace)) {
    is_tail = true;
    tail = e;
    return nullptr;
  }
  if (needs_semi) expect_semi("expression");
  return ast_.arena.make<Stmt>(span_from(start), StmtNode(ExprStmt{e, false}));
}

// let_statement := `let` top_pattern (`:` type)? (`=` expr (`else` block)?)? `;`
Stmt* Parser::let_statement() {
  Span start = advance().span;
  LetStmt let;
  let.pattern = top_pattern();
  if (match(TokenKind::Colon)) let.type = type();
  if (match(TokenKind::Eq)) {
    let.init = expression();
    if (match(TokenKind::KwElse)) let.else_block = block();
  }
  expect_semi("`let` statement");
  return ast_.arena.make<Stmt>(span_from(start), StmtNode(std::move(let)));
}

bool Parser::at_block_like_start() const {
  switch (current().kind) {
    case TokenKind::LBrace:
    case TokenKind::KwIf:
    case TokenKind::KwMatch:
    case TokenKind::KwLoop:
    case TokenKind::KwWhile:
    case TokenKind::KwFor: return true;
    case TokenKind::KwUnsafe: return check_next(TokenKind::LBrace);
    case TokenKind::Lifetime: return check_next(TokenKind::Colon);
    default: return false;
  }
}

// block_like := label? (block | `unsafe` block | if | while | loop | for) | match
Expr* Parser::block_like(std::string_view label) {
  Span start = current().span;
  switch (current().kind) {
    case TokenKind::LBrace: {
      Block* b = block();
      return make_expr(span_from(start), BlockExpr{b, false, false, label});
    }
    case TokenKind::KwUnsafe: {
      advance();
      Block* b = block();
      return make_expr(span_from(start), BlockExpr{b, false, false, label});
    }
    case TokenKind::KwIf: return if_expr();
    case TokenKind::KwMatch: return match_expr();
    case TokenKind::KwLoop: return loop_expr(label);
    case TokenKind::KwWhile: return while_expr(label);
    case TokenKind::KwFor: return for_expr(label);
    case TokenKind::Lifetime: return labeled();
    default: error_at_current("expected expression"); return error_expr(start);
  }
}

// labeled := lifetime `:` (loop | while | for | block)
Expr* Parser::labeled() {
  Span start = current().span;
  std::string_view label = advance().text;
  if (!expect(TokenKind::Colon)) return error_expr(start);
  if (!check(TokenKind::KwLoop) && !check(TokenKind::KwWhile) && !check(TokenKind::KwFor) &&
      !check(TokenKind::LBrace)) {
    error_at_current("expected `loop`, `while`, `for` or a block after a label");
    return error_expr(start);
  }
  Expr* e = block_like(label);
  e->span = span_from(start);
  return e;
}

// if := `if` (`let` top_pattern `=`)? expr block (`else` (if | block))?
Expr* Parser::if_expr() {
  Span start = current().span;
  Nest nest(*this);
  if (!nest.ok) return error_expr(start);
  advance();
  IfExpr node;
  if (match(TokenKind::KwLet)) {
    node.let_pattern = top_pattern();
    expect(TokenKind::Eq);
  }
  node.cond = expression_no_struct();
  node.then_block = block();
  if (match(TokenKind::KwElse)) {
    if (check(TokenKind::KwIf)) {
      node.else_branch = if_expr();
    } else {
      Span else_start = current().span;
      Block* b = block();
      node.else_branch = make_expr(span_from(else_start), BlockExpr{b, false, false, {}});
    }
  }
  return make_expr(span_from(start), std::move(node));
}

// while := `while` (`let` top_pattern `=`)? expr block
Expr* Parser::while_expr(std::string_view label) {
  Span start = advance().span;
  WhileExpr node;
  node.label = label;
  if (match(TokenKind::KwLet)) {
    node.let_pattern = top_pattern();
    expect(TokenKind::Eq);
  }
  node.cond = expression_no_struct();
  node.body = block();
  return make_expr(span_from(start), std::move(node));
}

// loop := `loop` block
Expr* Parser::loop_expr(std::string_view label) {
  Span start = advance().span;
  Block* body = block();
  return make_expr(span_from(start), LoopExpr{body, label});
}

// for := `for` top_pattern `in` expr block
Expr* Parser::for_expr(std::string_view label) {
  Span start = advance().span;
  ForExpr node;
  node.label = label;
  node.pattern = top_pattern();
  expect(TokenKind::KwIn);
  node.iter = expression_no_struct();
  node.body = block();
  return make_expr(span_from(start), std::move(node));
}

// match := `match` expr `{` (top_pattern (`if` expr)? `=>` expr `,`?)* `}`
// The comma after an arm is optional when its body is block-like.
Expr* Parser::match_expr() {
  Span start = current().span;
  Nest nest(*this);
  if (!nest.ok) return error_expr(start);
  advance();
  MatchExpr node;
  node.scrutinee = expression_no_struct();
  if (!expect(TokenKind::LBrace)) return make_expr(span_from(start), std::move(node));
  NoStruct allow(*this, false);
  while (!check(TokenKind::RBrace) && !at_end()) {
    size_t before = pos_;
    std::vector<Attribute> ignored;
    attributes(ignored, false);
    MatchArm arm;
    Span arm_start = current().span;
    arm.pattern = top_pattern();
    if (match(TokenKind::KwIf)) arm.guard = expression();
    if (expect(TokenKind::FatArrow)) {
      arm.body = check(TokenKind::LBrace) ? block_like({}) : expression();
      arm.span = span_from(arm_start);
      node.arms.push_back(arm);
      if (!match(TokenKind::Comma) && !check(TokenKind::RBrace) && !is_block_like(arm.body)) {
        error_at(span_after(ast_.source, previous().span), "expected `,` after match arm");
      }
    }
    if (panic_) {
      // Skip to the next arm: past a `,` or up to the closing `}` at depth zero.
      int depth = 0;
      while (!at_end()) {
        TokenKind k = current().kind;
        if (depth == 0 && k == TokenKind::RBrace) break;
        if (depth == 0 && k == TokenKind::Comma) {
          advance();
          break;
        }
        if (k == TokenKind::LBrace || k == TokenKind::LParen || k == TokenKind::LBracket) depth++;
        if (k == TokenKind::RBrace || k == TokenKind::RParen || k == TokenKind::RBracket) depth--;
        advance();
      }
      if (!at_end()) panic_ = false;
    }
    if (pos_ == before && !check(TokenKind::RBrace) && !at_end()) advance();
  }
  expect(TokenKind::RBrace);
  return make_expr(span_from(start), std::move(node));
}

}  // namespace ps::lang
