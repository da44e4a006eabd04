// Types, paths, generic parameters and arguments, where clauses and bounds. Types are parsed so
// that any signature from a tutorial is accepted, then kept only as source text.
#include <utility>

#include "lang/syntax/parser_internal.h"

namespace ps::lang {

namespace {

bool is_path_segment(TokenKind k) {
  return k == TokenKind::Ident || k == TokenKind::KwSelfValue || k == TokenKind::KwSelfType ||
         k == TokenKind::KwSuper || k == TokenKind::KwCrate;
}

bool is_closing_angle(TokenKind k) {
  return k == TokenKind::Gt || k == TokenKind::Shr || k == TokenKind::Ge || k == TokenKind::ShrEq;
}

}  // namespace

// type := `&` lifetime? `mut`? type | `*` (`const`|`mut`) type | `(` types `)` | `[` type
//       (`;` expr)? `]` | `!` | `_` | `impl` bounds | `dyn` bounds | fn_pointer
//       | `<` type (`as` type)? `>` `::` path | path
TypeRef Parser::type(Path* path_out) {
  Span start = current().span;
  Nest nest(*this);
  if (!nest.ok) return TypeRef{start, {}, {}};
  std::string_view name;
  switch (current().kind) {
    case TokenKind::Amp:
    case TokenKind::AmpAmp:
      advance();
      match(TokenKind::Lifetime);
      match(TokenKind::KwMut);
      type();
      break;
    case TokenKind::Star:
      advance();
      if (!match(TokenKind::KwConst)) match(TokenKind::KwMut);
      type();
      break;
    case TokenKind::LParen:
      advance();
      while (!check(TokenKind::RParen) && !at_end() && !panic_) {
        type();
        if (!match(TokenKind::Comma)) break;
      }
      expect(TokenKind::RParen);
      break;
    case TokenKind::LBracket:
      advance();
      type();
      if (match(TokenKind::Semi)) expression();
      expect(TokenKind::RBracket);
      break;
    case TokenKind::Bang:
    case TokenKind::Underscore: advance(); break;
    case TokenKind::KwImpl:
    case TokenKind::KwDyn:
      // `impl Future` and `dyn Future` name no concrete type; values carry
      // their own, so both are accepted and ignored like every other type.
      advance();
      bounds();
      break;
    case TokenKind::KwUnsafe:
    case TokenKind::KwExtern:
    case TokenKind::KwFn:
      match(TokenKind::KwUnsafe);
      if (match(TokenKind::KwExtern)) match(TokenKind::Str);
      expect(TokenKind::KwFn);
      if (expect(TokenKind::LParen)) {
        while (!check(TokenKind::RParen) && !at_end() && !panic_) {
          type();
          if (!match(TokenKind::Comma)) break;
        }
        expect(TokenKind::RParen);
      }
      if (match(TokenKind::Arrow)) type();
      break;
    case TokenKind::KwFor:
      advance();
      generic_params();
      type();
      break;
    case TokenKind::Lt:
      advance();
      type();
      if (match(TokenKind::KwAs)) type();
      eat_gt();
      while (match(TokenKind::ColonColon)) {
        name = expect_ident("a name");
        if (check(TokenKind::Lt)) generic_args();
      }
      break;
    default:
      if (is_path_segment(current().kind) || check(TokenKind::ColonColon)) {
        Path p = path(false);
        name = p.last();
        if (path_out) *path_out = std::move(p);
      } else {
        error_at_current("expected type");
      }
      break;
  }
  Span s = span_from(start);
  return TypeRef{s, std::string_view(ast_.source).substr(s.offset, s.len), name};
}

// path := `::`? segment (`::` segment)* where each segment may carry generic arguments:
// `::<...>` in expressions (turbofish), `<...>` or `(types) -> type` in types.
Path Parser::path(bool in_expr) {
  Path p;
  Span start = current().span;
  if (match(TokenKind::ColonColon)) p.global = true;
  for (;;) {
    if (!is_path_segment(current().kind)) {
      error_at_current("expected identifier");
      break;
    }
    const Token& t = advance();
    PathSegment seg{t.text, t.span, false};
    if (check(TokenKind::ColonColon) && peek().kind == TokenKind::Lt) {
      advance();
      generic_args();
      seg.has_generic_args = true;
    } else if (!in_expr && check(TokenKind::Lt)) {
      generic_args();
      seg.has_generic_args = true;
    } else if (!in_expr && check(TokenKind::LParen) && (t.text == "Fn" || t.text == "FnMut" || t.text == "FnOnce")) {
      advance();
      while (!check(TokenKind::RParen) && !at_end() && !panic_) {
        type();
        if (!match(TokenKind::Comma)) break;
      }
      expect(TokenKind::RParen);
      if (match(TokenKind::Arrow)) type();
      seg.has_generic_args = true;
    }
    p.segments.push_back(seg);
    if (check(TokenKind::ColonColon) && is_path_segment(peek().kind)) {
      advance();
      continue;
    }
    break;
  }
  p.span = span_from(start);
  return p;
}

// generic_args := `<` (lifetime | name `=` type | name `:` bounds | literal | block | type),*
// `>`
void Parser::generic_args() {
  Nest nest(*this);
  if (!nest.ok) return;
  advance();
  while (!at_end() && !is_closing_angle(current().kind) && !panic_) {
    if (check(TokenKind::Lifetime)) {
      advance();
    } else if (check(TokenKind::Ident) && check_next(TokenKind::Eq)) {
      advance();
      advance();
      type();
    } else if (check(TokenKind::Ident) && check_next(TokenKind::Colon)) {
      advance();
      advance();
      bounds();
    } else if (check(TokenKind::Int) || check(TokenKind::Str) || check(TokenKind::Char) || check(TokenKind::KwTrue) ||
               check(TokenKind::KwFalse)) {
      advance();
    } else if (check(TokenKind::Minus)) {
      advance();
      advance();
    } else if (check(TokenKind::LBrace)) {
      skip_delimited();
    } else {
      type();
    }
    if (!match(TokenKind::Comma)) break;
  }
  eat_gt();
}

// generic_params := `<` (lifetime (`:` lifetimes)? | `const` name `:` type (`=` expr)?
//                  | name (`:` bounds)? (`=` type)?),* `>`
std::vector<std::string_view> Parser::generic_params() {
  std::vector<std::string_view> names;
  if (!match(TokenKind::Lt)) return names;
  while (!at_end() && !is_closing_angle(current().kind) && !panic_) {
    if (match(TokenKind::Lifetime)) {
      if (match(TokenKind::Colon)) bounds();
    } else if (match(TokenKind::KwConst)) {
      expect_ident("a const parameter name");
      if (expect(TokenKind::Colon)) type();
      if (match(TokenKind::Eq)) {
        if (check(TokenKind::LBrace))
          skip_delimited();
        else
          advance();
      }
    } else {
      names.push_back(expect_ident("a generic parameter"));
      if (match(TokenKind::Colon)) bounds();
      if (match(TokenKind::Eq)) type();
    }
    if (!match(TokenKind::Comma)) break;
  }
  eat_gt();
  return names;
}

// where_clause := `where` (lifetime `:` bounds | (`for` generics)? type `:` bounds?),*
void Parser::where_clause() {
  if (!match(TokenKind::KwWhere)) return;
  while (!at_end() && !check(TokenKind::LBrace) && !check(TokenKind::Semi) && !check(TokenKind::Eq) && !panic_) {
    if (match(TokenKind::Lifetime)) {
      if (match(TokenKind::Colon)) bounds();
    } else {
      if (match(TokenKind::KwFor)) generic_params();
      type();
      if (match(TokenKind::Colon)) bounds();
    }
    if (!match(TokenKind::Comma)) break;
  }
}

// bounds := bound (`+` bound)*;  bound := lifetime | `?`? (`for` generics)? path | `(` bound `)`
void Parser::bounds() {
  Nest nest(*this);
  if (!nest.ok) return;
  for (;;) {
    if (match(TokenKind::Lifetime)) {
      // Lifetime bound.
    } else if (match(TokenKind::LParen)) {
      bounds();
      expect(TokenKind::RParen);
    } else {
      match(TokenKind::Question);
      match(TokenKind::Tilde);
      match(TokenKind::KwConst);
      if (match(TokenKind::KwFor)) generic_params();
      if (is_path_segment(current().kind) || check(TokenKind::ColonColon)) {
        path(false);
      } else if (check(TokenKind::Plus) || check(TokenKind::Comma) || is_closing_angle(current().kind) ||
                 check(TokenKind::LBrace)) {
        // An empty bound list, as in `T:` or `T: 'a +`.
      } else {
        error_at_current("expected a trait bound");
        return;
      }
    }
    if (!match(TokenKind::Plus)) return;
  }
}

}  // namespace ps::lang
