// Expressions: the Pratt table for binary operators, prefix operators, primary expressions
// (literals, paths, struct literals, tuples, arrays, closures, async blocks) and postfix
// operators (calls, method calls, fields, indexing, `.await`, `?`).
#include <utility>

#include "lang/base/literal.h"
#include "lang/syntax/parser_internal.h"

namespace ps::lang {

namespace {

// Binding powers, loosest first, as in the Rust reference's precedence table.
enum Prec : int {
  kLowest = 0,
  kAssign,   // = += -= ...  (right associative)
  kRange,    // .. ..=
  kOr,       // ||
  kAnd,      // &&
  kCompare,  // == != < > <= >=  (not associative)
  kBitOr,    // |
  kBitXor,   // ^
  kBitAnd,   // &
  kShift,    // << >>
  kTerm,     // + -
  kFactor,   // * / %
  kCast,     // as
  kUnary,    // - ! * & &mut
};

enum class InfixKind : uint8_t { Binary, Assign, CompoundAssign, Range, Cast };

struct InfixRule {
  int prec;
  InfixKind kind;
  BinaryOp op;
};

// The Pratt table: which tokens continue an expression, how tightly, and as what.
bool infix_rule(TokenKind k, InfixRule& r) {
  using K = TokenKind;
  using B = BinaryOp;
  switch (k) {
    case K::Eq: r = {kAssign, InfixKind::Assign, B::Add}; return true;
    case K::PlusEq: r = {kAssign, InfixKind::CompoundAssign, B::Add}; return true;
    case K::MinusEq: r = {kAssign, InfixKind::CompoundAssign, B::Sub}; return true;
    case K::StarEq: r = {kAssign, InfixKind::CompoundAssign, B::Mul}; return true;
    case K::SlashEq: r = {kAssign, InfixKind::CompoundAssign, B::Div}; return true;
    case K::PercentEq: r = {kAssign, InfixKind::CompoundAssign, B::Rem}; return true;
    case K::CaretEq: r = {kAssign, InfixKind::CompoundAssign, B::BitXor}; return true;
    case K::AmpEq: r = {kAssign, InfixKind::CompoundAssign, B::BitAnd}; return true;
    case K::PipeEq: r = {kAssign, InfixKind::CompoundAssign, B::BitOr}; return true;
    case K::ShlEq: r = {kAssign, InfixKind::CompoundAssign, B::Shl}; return true;
    case K::ShrEq: r = {kAssign, InfixKind::CompoundAssign, B::Shr}; return true;
    case K::DotDot: r = {kRange, InfixKind::Range, B::Add}; return true;
    case K::DotDotEq: r = {kRange, InfixKind::Range, B::Add}; return true;
    case K::PipePipe: r = {kOr, InfixKind::Binary, B::Or}; return true;
    case K::AmpAmp: r = {kAnd, InfixKind::Binary, B::And}; return true;
    case K::EqEq: r = {kCompare, InfixKind::Binary, B::Eq}; return true;
    case K::Ne: r = {kCompare, InfixKind::Binary, B::Ne}; return true;
    case K::Lt: r = {kCompare, InfixKind::Binary, B::Lt}; return true;
    case K::Le: r = {kCompare, InfixKind::Binary, B::Le}; return true;
    case K::Gt: r = {kCompare, InfixKind::Binary, B::Gt}; return true;
    case K::Ge: r = {kCompare, InfixKind::Binary, B::Ge}; return true;
    case K::Pipe: r = {kBitOr, InfixKind::Binary, B::BitOr}; return true;
    case K::Caret: r = {kBitXor, InfixKind::Binary, B::BitXor}; return true;
    case K::Amp: r = {kBitAnd, InfixKind::Binary, B::BitAnd}; return true;
    case K::Shl: r = {kShift, InfixKind::Binary, B::Shl}; return true;
    case K::Shr: r = {kShift, InfixKind::Binary, B::Shr}; return true;
    case K::Plus: r = {kTerm, InfixKind::Binary, B::Add}; return true;
    case K::Minus: r = {kTerm, InfixKind::Binary, B::Sub}; return true;
    case K::Star: r = {kFactor, InfixKind::Binary, B::Mul}; return true;
    case K::Slash: r = {kFactor, InfixKind::Binary, B::Div}; return true;
    case K::Percent: r = {kFactor, InfixKind::Binary, B::Rem}; return true;
    case K::KwAs: r = {kCast, InfixKind::Cast, B::Add}; return true;
    default: return false;
  }
}

bool is_comparison(TokenKind k) {
  return k == TokenKind::EqEq || k == TokenKind::Ne || k == TokenKind::Lt || k == TokenKind::Le || k == TokenKind::Gt ||
         k == TokenKind::Ge;
}

}  // namespace

// expression := assignment-level expression, struct literals allowed.
Expr* Parser::expression() {
  NoStruct allow(*this, false);
  return expr_bp(kLowest);
}

// The head of `if`, `while`, `match` and `for`: `Path {` opens the body, not a struct literal.
Expr* Parser::expression_no_struct() {
  NoStruct forbid(*this, true);
  return expr_bp(kLowest);
}

Expr* Parser::expr_bp(int min_prec) {
  Nest nest(*this);
  if (!nest.ok) return error_expr(current().span);
  int start_depth = depth_;
  Expr* lhs = prefix();
  return infix(lhs, min_prec, start_depth);
}

// Folds binary operators into `lhs` while they bind at least as tightly as `min_prec`. Each fold
// counts as a nesting level, and nothing more is folded once an error is pending, so the tree's
// height stays within kMaxNesting.
Expr* Parser::infix(Expr* lhs, int min_prec, int start_depth) {
  InfixRule rule;
  while (!panic_ && infix_rule(current().kind, rule) && rule.prec >= min_prec) {
    if (++depth_ > kMaxNesting) {
      error_at(current().span, "nesting too deep (the limit is 256 levels)");
      break;
    }
    const Token op = advance();
    Expr* node = nullptr;
    switch (rule.kind) {
      case InfixKind::Assign:
      case InfixKind::CompoundAssign: {
        Expr* rhs = expr_bp(kAssign);
        AssignExpr a{std::nullopt, lhs, rhs};
        if (rule.kind == InfixKind::CompoundAssign) a.op = rule.op;
        node = make_expr(join(lhs->span, rhs->span), std::move(a));
        break;
      }
      case InfixKind::Range: {
        RangeExpr r{lhs, nullptr, op.kind == TokenKind::DotDotEq};
        if (can_start_range_end()) r.end = expr_bp(kOr);
        if (r.inclusive && !r.end) error_at(op.span, "inclusive range with no end");
        node = make_expr(span_from(lhs->span), std::move(r));
        break;
      }
      case InfixKind::Cast: {
        TypeRef t = type();
        node = make_expr(span_from(lhs->span), CastExpr{lhs, t});
        break;
      }
      case InfixKind::Binary: {
        Expr* rhs = expr_bp(rule.prec + 1);
        node = make_expr(join(lhs->span, rhs->span), BinaryExpr{rule.op, lhs, rhs});
        if (rule.prec == kCompare && is_comparison(current().kind)) {
          error_at(current().span, "comparison operators cannot be chained");
        }
        break;
      }
    }
    lhs = node;
  }
  depth_ = start_depth;
  return lhs;
}

// prefix := (`-` | `!` | `*` | `&` `mut`? | `&&`) prefix | `..` expr? | primary postfix*
Expr* Parser::prefix() {
  Span start = current().span;
  UnaryOp op;
  switch (current().kind) {
    case TokenKind::Minus: op = UnaryOp::Neg; break;
    case TokenKind::Bang: op = UnaryOp::Not; break;
    case TokenKind::Star: op = UnaryOp::Deref; break;
    case TokenKind::Amp:
    case TokenKind::AmpAmp: op = UnaryOp::Ref; break;
    case TokenKind::DotDot:
    case TokenKind::DotDotEq: {
      bool inclusive = advance().kind == TokenKind::DotDotEq;
      Expr* end = can_start_range_end() ? expr_bp(kOr) : nullptr;
      if (inclusive && !end) error_at(start, "inclusive range with no end");
      return make_expr(span_from(start), RangeExpr{nullptr, end, inclusive});
    }
    default: return postfix(primary());
  }
  bool twice = advance().kind == TokenKind::AmpAmp;
  if (op == UnaryOp::Ref && match(TokenKind::KwMut)) op = UnaryOp::RefMut;
  Expr* operand = expr_bp(kUnary);
  Expr* e = make_expr(span_from(start), UnaryExpr{op, operand});
  if (twice) e = make_expr(span_from(start), UnaryExpr{UnaryOp::Ref, e});
  return e;
}

// postfix := `?` | `.await` | `.` name turbofish? call_args? | `.` index | call_args | `[` expr `]`
Expr* Parser::postfix(Expr* base) {
  int start_depth = depth_;
  while (!panic_) {
    TokenKind k = current().kind;
    if (k != TokenKind::Question && k != TokenKind::Dot && k != TokenKind::LParen && k != TokenKind::LBracket) {
      break;
    }
    if (++depth_ > kMaxNesting) {
      error_at(current().span, "nesting too deep (the limit is 256 levels)");
      break;
    }
    Span start = base->span;
    if (match(TokenKind::Question)) {
      base = make_expr(span_from(start), TryExpr{base});
    } else if (match(TokenKind::LParen)) {
      CallExpr call{base, {}};
      call_args(call.args, TokenKind::RParen);
      base = make_expr(span_from(start), std::move(call));
    } else if (match(TokenKind::LBracket)) {
      Expr* index = expression();
      expect(TokenKind::RBracket);
      base = make_expr(span_from(start), IndexExpr{base, index});
    } else {
      Span dot = advance().span;
      const Token& t = current();
      if (t.kind == TokenKind::KwAwait) {
        advance();
        base = make_expr(span_from(start), AwaitExpr{base, span_from(dot)});
      } else if (t.kind == TokenKind::Ident) {
        Span name_span = t.span;
        std::string_view name = advance().text;
        bool turbofish = false;
        if (check(TokenKind::ColonColon) && check_next(TokenKind::Lt)) {
          advance();
          generic_args();
          turbofish = true;
        }
        if (match(TokenKind::LParen)) {
          MethodCallExpr m{base, name, name_span, turbofish, {}};
          call_args(m.args, TokenKind::RParen);
          base = make_expr(span_from(start), std::move(m));
        } else if (turbofish) {
          error_at_current("expected `(` after method turbofish");
        } else {
          base = make_expr(span_from(start), FieldExpr{base, name, name_span});
        }
      } else if (t.kind == TokenKind::Int) {
        IntLiteral lit = parse_int(t.text);
        if (!lit.suffix.empty()) report(t.span, "invalid tuple index `" + std::string(t.text) + "`");
        advance();
        base = make_expr(span_from(start), TupleIndexExpr{base, static_cast<uint32_t>(lit.value)});
      } else if (t.kind == TokenKind::Float) {
        // `t.0.1` lexes as `t`, `.`, `0.1`: split the float into two indices.
        std::string_view text = t.text;
        size_t dot_at = text.find('.');
        std::string_view a = text.substr(0, dot_at);
        std::string_view b = dot_at == std::string_view::npos ? "" : text.substr(dot_at + 1);
        auto digits = [](std::string_view s) {
          if (s.empty()) return false;
          for (char c : s) {
            if (c < '0' || c > '9') return false;
          }
          return true;
        };
        if (!digits(a) || !digits(b)) report(t.span, "invalid tuple index `" + std::string(text) + "`");
        advance();
        base = make_expr(span_from(start), TupleIndexExpr{base, static_cast<uint32_t>(parse_int(a).value)});
        base = make_expr(span_from(start), TupleIndexExpr{base, static_cast<uint32_t>(parse_int(b).value)});
      } else {
        error_at_current("expected field, method or `await` after `.`");
        break;
      }
    }
  }
  depth_ = start_depth;
  return base;
}

// call_args := (expression `,`)* expression? close
void Parser::call_args(std::vector<Expr*>& out, TokenKind close) {
  NoStruct allow(*this, false);
  while (!check(close) && !at_end() && !panic_) {
    out.push_back(expression());
    if (!match(TokenKind::Comma)) break;
  }
  expect(close);
}

// primary := literal | path_expr | `(` ... `)` | `[` ... `]` | block_like | async_expr | closure
//          | `return` expr? | `break` label? expr? | `continue` label?
Expr* Parser::primary() {
  Span start = current().span;
  switch (current().kind) {
    case TokenKind::Int:
    case TokenKind::Float:
    case TokenKind::Str:
    case TokenKind::Char:
    case TokenKind::ByteStr:
    case TokenKind::ByteChar:
    case TokenKind::KwTrue:
    case TokenKind::KwFalse: return literal();
    case TokenKind::Ident:
    case TokenKind::KwSelfValue:
    case TokenKind::KwSelfType:
    case TokenKind::KwSuper:
    case TokenKind::KwCrate:
    case TokenKind::ColonColon: return path_expr();
    case TokenKind::LParen: return paren_or_tuple();
    case TokenKind::GroupOpen: return fragment_group();
    case TokenKind::LBracket: return array();
    case TokenKind::LBrace:
    case TokenKind::KwIf:
    case TokenKind::KwMatch:
    case TokenKind::KwLoop:
    case TokenKind::KwWhile:
    case TokenKind::KwFor:
    case TokenKind::KwUnsafe:
    case TokenKind::Lifetime: return block_like({});
    case TokenKind::KwAsync: return async_expr();
    case TokenKind::KwMove:
    case TokenKind::Pipe:
    case TokenKind::PipePipe: return closure();
    case TokenKind::KwReturn: {
      advance();
      Expr* value = can_start_range_end() ? expression() : nullptr;
      return make_expr(span_from(start), ReturnExpr{value});
    }
    case TokenKind::KwBreak: {
      advance();
      BreakExpr b;
      if (check(TokenKind::Lifetime)) b.label = advance().text;
      if (can_start_range_end()) b.value = expression();
      return make_expr(span_from(start), std::move(b));
    }
    case TokenKind::KwContinue: {
      advance();
      ContinueExpr c;
      if (check(TokenKind::Lifetime)) c.label = advance().text;
      return make_expr(span_from(start), c);
    }
    case TokenKind::Lt:
      unsupported(start, "qualified paths");
      advance();
      type();
      if (match(TokenKind::KwAs)) type();
      eat_gt();
      while (match(TokenKind::ColonColon) && check(TokenKind::Ident)) advance();
      return error_expr(span_from(start));
    default: error_at_current("expected expression"); return error_expr(start);
  }
}

// path_expr := path (`!` macro_args | struct_body)?
Expr* Parser::path_expr() {
  size_t first = pos_;
  uint32_t ctx = current().ctx;
  Path p = path(true);
  if (check(TokenKind::Bang) &&
      (check_next(TokenKind::LParen) || check_next(TokenKind::LBracket) || check_next(TokenKind::LBrace))) {
    size_t bang = 0;
    if (user_macro_at(first, bang) && bang == pos_) {
      if (measuring_) {
        skip_macro_call(bang);
        return error_expr(span_from(p.span));
      }
      if (!expand_macro(first, true, false)) return error_expr(p.span);
      return primary();
    }
    return macro_call(std::move(p));
  }
  if (check(TokenKind::LBrace) && !no_struct_ && looks_like_struct_body()) {
    return struct_literal(std::move(p));
  }
  if (ctx != 0 && p.segments.size() == 1 && !p.global && !p.segments[0].has_generic_args) {
    p.segments[0].name = local_name(ctx, p.segments[0].name, false, p.segments[0].span);
  }
  Span s = p.span;
  return make_expr(s, PathExpr{std::move(p)});
}

// After `Path`, a `{` starts a struct literal only if what follows reads as fields:
// `}`, `name:`, `name,`, `name }`, `0:` or `..`.
bool Parser::looks_like_struct_body() const {
  TokenKind a = peek(1).kind;
  TokenKind b = peek(2).kind;
  if (a == TokenKind::RBrace || a == TokenKind::DotDot) return true;
  if (a == TokenKind::Ident) {
    return b == TokenKind::Colon || b == TokenKind::Comma || b == TokenKind::RBrace;
  }
  return a == TokenKind::Int && b == TokenKind::Colon;
}

// struct_literal := path `{` (name (`:` expr)?),* (`..` expr)? `}`
Expr* Parser::struct_literal(Path path) {
  Span start = path.span;
  advance();
  NoStruct allow(*this, false);
  StructExpr s{std::move(path), {}, nullptr};
  while (!check(TokenKind::RBrace) && !at_end() && !panic_) {
    if (match(TokenKind::DotDot)) {
      s.base = expression();
      break;
    }
    FieldInit f;
    Span field_start = current().span;
    uint32_t ctx = current().ctx;
    if (check(TokenKind::Ident) || check(TokenKind::Int)) {
      f.name = advance().text;
    } else {
      error_at_current("expected field name");
      break;
    }
    if (match(TokenKind::Colon)) {
      f.value = expression();
    } else {
      f.shorthand = true;
      Path p;
      p.span = field_start;
      p.segments.push_back(PathSegment{local_name(ctx, f.name, false, field_start), field_start, false});
      f.value = make_expr(field_start, PathExpr{std::move(p)});
    }
    f.span = span_from(field_start);
    s.fields.push_back(f);
    if (!match(TokenKind::Comma)) break;
  }
  expect(TokenKind::RBrace);
  return make_expr(span_from(start), std::move(s));
}

// `()` is unit, `(e)` is grouping, `(e,)` and `(a, b)` are tuples.
Expr* Parser::paren_or_tuple() {
  Span start = advance().span;
  NoStruct allow(*this, false);
  if (match(TokenKind::RParen)) return make_expr(span_from(start), TupleExpr{});
  Expr* first = expression();
  if (!match(TokenKind::Comma)) {
    expect(TokenKind::RParen);
    return make_expr(span_from(start), ParenExpr{first});
  }
  TupleExpr t;
  t.elems.push_back(first);
  while (!check(TokenKind::RParen) && !at_end() && !panic_) {
    t.elems.push_back(expression());
    if (!match(TokenKind::Comma)) break;
  }
  expect(TokenKind::RParen);
  return make_expr(span_from(start), std::move(t));
}

// array := `[` (expr `;` expr | expr,*) `]`
Expr* Parser::array() {
  Span start = advance().span;
  NoStruct allow(*this, false);
  ArrayExpr a;
  if (!check(TokenKind::RBracket)) {
    Expr* first = expression();
    if (match(TokenKind::Semi)) {
      Expr* count = expression();
      expect(TokenKind::RBracket);
      return make_expr(span_from(start), RepeatExpr{first, count});
    }
    a.elems.push_back(first);
    while (match(TokenKind::Comma) && !check(TokenKind::RBracket) && !panic_) {
      a.elems.push_back(expression());
    }
  }
  expect(TokenKind::RBracket);
  return make_expr(span_from(start), std::move(a));
}

// closure := `move`? (`||` | `|` (pattern (`:` type)?),* `|`) (`->` type block | expr)
Expr* Parser::closure() {
  Span start = current().span;
  ClosureExpr c;
  c.is_move = match(TokenKind::KwMove);
  if (!match(TokenKind::PipePipe)) {
    if (!expect(TokenKind::Pipe)) return error_expr(start);
    while (!check(TokenKind::Pipe) && !at_end() && !panic_) {
      ClosureParam p;
      Span param_start = current().span;
      p.pattern = pattern();
      if (match(TokenKind::Colon)) p.type = type();
      p.span = span_from(param_start);
      c.params.push_back(p);
      if (!match(TokenKind::Comma)) break;
    }
    expect(TokenKind::Pipe);
  }
  if (match(TokenKind::Arrow)) {
    c.return_type = type();
    if (!check(TokenKind::LBrace)) {
      error_at_current("expected `{` after closure return type");
      return error_expr(span_from(start));
    }
    c.body = block_like({});
  } else {
    c.body = expr_bp(kLowest);
  }
  return make_expr(span_from(start), std::move(c));
}

// async_expr := `async` `move`? block | `async` closure
Expr* Parser::async_expr() {
  Span start = advance().span;
  bool is_move = false;
  if (check(TokenKind::KwMove) && check_next(TokenKind::LBrace)) {
    advance();
    is_move = true;
  }
  if (check(TokenKind::LBrace)) {
    Block* b = block();
    return make_expr(span_from(start), BlockExpr{b, true, is_move, {}});
  }
  if (check(TokenKind::KwMove) || check(TokenKind::Pipe) || check(TokenKind::PipePipe)) {
    Expr* e = closure();
    if (ClosureExpr* c = e->as<ClosureExpr>()) c->is_async = true;
    e->span = span_from(start);
    return e;
  }
  error_at_current("expected `{` or a closure after `async`");
  return error_expr(start);
}

// literal := integer | float | string | char | `true` | `false`
namespace {

// The bytes a byte or byte-string literal's text stands for (`b'a'`, `b"a\x80"`, `br#"..."#`);
// false on a character or escape that no byte stands for.
bool cook_bytes(std::string_view text, std::vector<uint8_t>& out) {
  bool ok = true;
  if (text.size() >= 2 && text[1] == 'r') {
    size_t hashes = 0;
    while (2 + hashes < text.size() && text[2 + hashes] == '#') ++hashes;
    size_t from = 3 + hashes, len = text.size() >= from + 1 + hashes ? text.size() - from - 1 - hashes : 0;
    for (char c : text.substr(std::min(from, text.size()), len)) {
      ok &= static_cast<unsigned char>(c) < 0x80;
      out.push_back(static_cast<uint8_t>(c));
    }
    return ok;
  }
  std::string_view body = text.size() >= 3 ? text.substr(2, text.size() - 3) : std::string_view();
  auto hex = [](char c) {
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
  };
  for (size_t i = 0; i < body.size(); ++i) {
    auto c = static_cast<unsigned char>(body[i]);
    if (c >= 0x80) {
      ok = false;
      continue;
    }
    if (c != '\\' || i + 1 >= body.size()) {
      out.push_back(c);
      continue;
    }
    char e = body[++i];
    switch (e) {
      case 'n': out.push_back('\n'); break;
      case 'r': out.push_back('\r'); break;
      case 't': out.push_back('\t'); break;
      case '0': out.push_back(0); break;
      case '\\':
      case '\'':
      case '"': out.push_back(static_cast<uint8_t>(e)); break;
      case 'x':
        if (i + 2 < body.size() && hex(body[i + 1]) >= 0 && hex(body[i + 2]) >= 0) {
          out.push_back(static_cast<uint8_t>(hex(body[i + 1]) * 16 + hex(body[i + 2])));
          i += 2;
        } else {
          ok = false;
        }
        break;
      case '\n':
        while (i + 1 < body.size() &&
               (body[i + 1] == ' ' || body[i + 1] == '\t' || body[i + 1] == '\n' || body[i + 1] == '\r'))
          ++i;
        break;
      default: ok = false;
    }
  }
  return ok;
}

}  // namespace

Expr* Parser::literal() {
  const Token& t = advance();
  LitExpr lit;
  switch (t.kind) {
    case TokenKind::Int: {
      IntLiteral v = parse_int(t.text);
      if (v.overflow) report(t.span, "integer literal is too large");
      lit.kind = LitKind::Int;
      lit.int_value = v.value;
      lit.suffix = v.suffix;
      break;
    }
    case TokenKind::Float: {
      FloatLiteral v = parse_float(t.text);
      lit.kind = LitKind::Float;
      lit.float_value = v.value;
      lit.suffix = v.suffix;
      break;
    }
    case TokenKind::Str:
      lit.kind = LitKind::Str;
      lit.str_value = cook_string(t.text, t.span.offset).value;
      break;
    case TokenKind::Char:
      lit.kind = LitKind::Char;
      lit.char_value = cook_char(t.text).value_or(0xFFFD);
      break;
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
      lit.kind = LitKind::Bool;
      lit.bool_value = t.kind == TokenKind::KwTrue;
      break;
    case TokenKind::ByteChar:
    case TokenKind::ByteStr: {
      std::vector<uint8_t> bytes;
      if (!cook_bytes(t.text, bytes)) report(t.span, "byte literals hold ASCII characters and `\\x..` escapes only");
      if (t.kind == TokenKind::ByteChar) {
        lit.kind = LitKind::Int;
        lit.int_value = bytes.empty() ? 0 : bytes[0];
        lit.suffix = "u8";
        break;
      }
      ArrayExpr array;
      for (uint8_t b : bytes) {
        LitExpr byte;
        byte.kind = LitKind::Int;
        byte.int_value = b;
        byte.suffix = "u8";
        array.elems.push_back(make_expr(t.span, std::move(byte)));
      }
      return make_expr(t.span, std::move(array));
    }
    default: error_at(t.span, "expected literal, found " + describe_token(t)); return error_expr(t.span);
  }
  return make_expr(t.span, std::move(lit));
}

// Tokens that can begin an expression (used for optional operands such as `return` values).
bool Parser::can_start_expr() const {
  switch (current().kind) {
    case TokenKind::Int:
    case TokenKind::Float:
    case TokenKind::Str:
    case TokenKind::Char:
    case TokenKind::ByteStr:
    case TokenKind::ByteChar:
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::Ident:
    case TokenKind::KwSelfValue:
    case TokenKind::KwSelfType:
    case TokenKind::KwSuper:
    case TokenKind::KwCrate:
    case TokenKind::ColonColon:
    case TokenKind::LParen:
    case TokenKind::GroupOpen:
    case TokenKind::LBracket:
    case TokenKind::LBrace:
    case TokenKind::Minus:
    case TokenKind::Bang:
    case TokenKind::Star:
    case TokenKind::Amp:
    case TokenKind::AmpAmp:
    case TokenKind::Pipe:
    case TokenKind::PipePipe:
    case TokenKind::DotDot:
    case TokenKind::KwIf:
    case TokenKind::KwMatch:
    case TokenKind::KwLoop:
    case TokenKind::KwWhile:
    case TokenKind::KwFor:
    case TokenKind::KwUnsafe:
    case TokenKind::KwAsync:
    case TokenKind::KwMove:
    case TokenKind::KwReturn:
    case TokenKind::KwBreak:
    case TokenKind::KwContinue:
    case TokenKind::Lifetime:
    case TokenKind::Lt: return true;
    default: return false;
  }
}

// Like can_start_expr, but a `{` in a no-struct head (`for i in 0.. {`) opens the body.
bool Parser::can_start_range_end() const {
  if (no_struct_ && check(TokenKind::LBrace)) return false;
  return can_start_expr();
}

}  // namespace ps::lang
