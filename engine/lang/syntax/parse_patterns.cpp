// Patterns for `let`, `match`, `if let`, `while let`, `for`, parameters and closures.
#include <utility>

#include "lang/syntax/parser_internal.h"

namespace ps::lang {

namespace {

bool is_literal_start(TokenKind k) {
  return k == TokenKind::Int || k == TokenKind::Float || k == TokenKind::Str || k == TokenKind::Char ||
         k == TokenKind::ByteStr || k == TokenKind::ByteChar || k == TokenKind::KwTrue || k == TokenKind::KwFalse ||
         k == TokenKind::Minus;
}

bool is_path_start(TokenKind k) {
  return k == TokenKind::Ident || k == TokenKind::KwSelfType || k == TokenKind::KwSelfValue ||
         k == TokenKind::KwSuper || k == TokenKind::KwCrate || k == TokenKind::ColonColon;
}

}  // namespace

// top_pattern := `|`? pattern (`|` pattern)*
Pattern* Parser::top_pattern() {
  Span start = current().span;
  match(TokenKind::Pipe);
  Pattern* first = pattern();
  if (!check(TokenKind::Pipe)) return first;
  OrPat alts;
  alts.alts.push_back(first);
  while (match(TokenKind::Pipe) && !panic_) alts.alts.push_back(pattern());
  return make_pattern(span_from(start), std::move(alts));
}

// pattern := `_` | `..` | range | `&` `mut`? pattern | `(` patterns `)` | `[` patterns `]`
//          | `ref`? `mut`? name (`@` pattern)? | literal | path_pattern
Pattern* Parser::pattern() {
  Span start = current().span;
  Nest nest(*this);
  if (!nest.ok) return error_pattern(start);
  switch (current().kind) {
    case TokenKind::Underscore: advance(); return make_pattern(start, WildcardPat{});
    case TokenKind::DotDot:
    case TokenKind::DotDotEq: {
      bool inclusive = advance().kind == TokenKind::DotDotEq;
      if (is_literal_start(current().kind) || is_path_start(current().kind)) {
        Expr* hi = range_bound();
        return make_pattern(span_from(start), RangePat{nullptr, hi, inclusive});
      }
      if (inclusive) error_at(start, "inclusive range with no end");
      return make_pattern(start, RestPat{});
    }
    case TokenKind::Amp:
    case TokenKind::AmpAmp: {
      bool twice = advance().kind == TokenKind::AmpAmp;
      bool is_mut = match(TokenKind::KwMut);
      Pattern* inner = pattern();
      Pattern* p = make_pattern(span_from(start), RefPat{inner, is_mut});
      if (twice) p = make_pattern(span_from(start), RefPat{p, false});
      return p;
    }
    case TokenKind::LParen: {
      advance();
      std::vector<Pattern*> elems;
      bool trailing = pattern_list(TokenKind::RParen, elems);
      if (elems.size() == 1 && !trailing && !elems[0]->is<RestPat>()) return elems[0];
      return make_pattern(span_from(start), TuplePat{std::move(elems)});
    }
    case TokenKind::LBracket: {
      advance();
      std::vector<Pattern*> elems;
      pattern_list(TokenKind::RBracket, elems);
      return make_pattern(span_from(start), SlicePat{std::move(elems)});
    }
    case TokenKind::KwRef:
    case TokenKind::KwMut: {
      IdentPat id;
      id.by_ref = match(TokenKind::KwRef);
      id.is_mut = match(TokenKind::KwMut);
      uint32_t ctx = current().ctx;
      Span name_span = current().span;
      if (check(TokenKind::KwSelfValue))
        id.name = advance().text;
      else
        id.name = local_name(ctx, expect_ident("a binding name"), true, name_span);
      if (match(TokenKind::At)) id.subpattern = pattern();
      return make_pattern(span_from(start), std::move(id));
    }
    default:
      if (is_literal_start(current().kind)) return literal_pattern();
      if (is_path_start(current().kind)) return path_pattern();
      error_at_current("expected pattern");
      return error_pattern(start);
  }
}

// Parses `pat, pat, ...` up to and including `close`.
bool Parser::pattern_list(TokenKind close, std::vector<Pattern*>& out) {
  bool trailing = false;
  while (!check(close) && !at_end() && !panic_) {
    out.push_back(top_pattern());
    trailing = false;
    if (!match(TokenKind::Comma)) break;
    trailing = true;
  }
  expect(close);
  return trailing;
}

// literal_pattern := `-`? literal ((`..=` | `..`) range_bound?)?
Pattern* Parser::literal_pattern() {
  Span start = current().span;
  Expr* value = range_bound();
  if (check(TokenKind::DotDotEq) || check(TokenKind::DotDotDot)) {
    advance();
    Expr* hi = range_bound();
    return make_pattern(span_from(start), RangePat{value, hi, true});
  }
  if (match(TokenKind::DotDot)) {
    Expr* hi = nullptr;
    if (is_literal_start(current().kind) || is_path_start(current().kind)) hi = range_bound();
    return make_pattern(span_from(start), RangePat{value, hi, false});
  }
  return make_pattern(span_from(start), LitPat{value});
}

// range_bound := `-`? literal | path
Expr* Parser::range_bound() {
  Span start = current().span;
  if (is_path_start(current().kind)) {
    Path p = path(true);
    Span s = p.span;
    return make_expr(s, PathExpr{std::move(p)});
  }
  if (match(TokenKind::Minus)) {
    if (!check(TokenKind::Int) && !check(TokenKind::Float)) {
      error_at_current("expected a number after `-` in pattern");
      return error_expr(start);
    }
    Expr* lit = literal();
    return make_expr(span_from(start), UnaryExpr{UnaryOp::Neg, lit});
  }
  return literal();
}

// path_pattern := path (`(` patterns `)` | `{` field_patterns `}` | range)?
// A lone lowercase identifier binds a variable; anything else names a constant or variant.
Pattern* Parser::path_pattern() {
  Span start = current().span;
  uint32_t ctx = current().ctx;
  Path p = path(true);
  if (match(TokenKind::LParen)) {
    TupleStructPat ts{std::move(p), {}};
    pattern_list(TokenKind::RParen, ts.elems);
    return make_pattern(span_from(start), std::move(ts));
  }
  if (match(TokenKind::LBrace)) {
    StructPat sp{std::move(p), {}, false};
    while (!check(TokenKind::RBrace) && !at_end() && !panic_) {
      if (match(TokenKind::DotDot)) {
        sp.has_rest = true;
        break;
      }
      FieldPat f;
      Span field_start = current().span;
      bool by_ref = match(TokenKind::KwRef);
      bool is_mut = match(TokenKind::KwMut);
      uint32_t field_ctx = current().ctx;
      if (check(TokenKind::Ident) || check(TokenKind::Int)) {
        f.name = advance().text;
      } else {
        error_at_current("expected field name");
        break;
      }
      if (!by_ref && !is_mut && match(TokenKind::Colon)) {
        f.pattern = top_pattern();
      } else {
        f.pattern = make_pattern(span_from(field_start),
                                 IdentPat{local_name(field_ctx, f.name, true, field_start), by_ref, is_mut, nullptr});
      }
      f.span = span_from(field_start);
      sp.fields.push_back(f);
      if (!match(TokenKind::Comma)) break;
    }
    expect(TokenKind::RBrace);
    return make_pattern(span_from(start), std::move(sp));
  }
  if (check(TokenKind::Bang)) {
    unsupported(current().span, "macros in patterns");
    advance();
    if (check(TokenKind::LParen) || check(TokenKind::LBracket) || check(TokenKind::LBrace)) {
      skip_delimited();
    }
    return error_pattern(span_from(start));
  }
  if (check(TokenKind::DotDotEq) || check(TokenKind::DotDot) || check(TokenKind::DotDotDot)) {
    bool inclusive = !check(TokenKind::DotDot);
    advance();
    Span s = p.span;
    Expr* lo = make_expr(s, PathExpr{std::move(p)});
    Expr* hi = nullptr;
    if (is_literal_start(current().kind) || is_path_start(current().kind)) hi = range_bound();
    return make_pattern(span_from(start), RangePat{lo, hi, inclusive});
  }
  bool lone = p.segments.size() == 1 && !p.global && !p.segments[0].has_generic_args;
  std::string_view name = lone ? p.segments[0].name : std::string_view();
  if (lone && !name.empty() && !(name[0] >= 'A' && name[0] <= 'Z') && name != "self" && name != "super" &&
      name != "crate") {
    IdentPat id{local_name(ctx, name, true, start), false, false, nullptr};
    if (match(TokenKind::At)) id.subpattern = pattern();
    return make_pattern(span_from(start), std::move(id));
  }
  Span s = p.span;
  return make_pattern(s, PathPat{std::move(p)});
}

}  // namespace ps::lang
