// Parser core: the token cursor, error reporting and recovery, the nesting bound, the program
// rule and the public entry point.
#include <algorithm>
#include <memory>
#include <utility>

#include "lang/syntax/lexer.h"
#include "lang/syntax/parser_internal.h"

namespace ps::lang {

// Lexical errors are reported up front (the lexer already produced recovery tokens after each
// one), and the error tokens are dropped so the grammar never sees them.
Parser::Parser(Ast& ast, std::vector<Token> tokens, std::vector<Diagnostic>& diagnostics)
    : ast_(ast), diagnostics_(diagnostics) {
  tokens_.reserve(tokens.size());
  for (Token& t : tokens) {
    if (t.kind == TokenKind::Error) {
      if (diagnostics_.size() < kMaxDiagnostics) {
        diagnostics_.push_back(Diagnostic{t.span, Severity::Error, lex_error_message(t)});
      }
      if (lex_error_lines_.empty() || lex_error_lines_.back() != t.span.line) {
        lex_error_lines_.push_back(t.span.line);
      }
      if (t.error == LexError::UnterminatedString || t.error == LexError::UnterminatedRawString ||
          t.error == LexError::UnterminatedBlockComment) {
        silence_at_eof_ = true;
      }
    } else {
      tokens_.push_back(t);
    }
  }
  if (tokens_.empty() || tokens_.back().kind != TokenKind::Eof) {
    Token eof;
    eof.kind = TokenKind::Eof;
    tokens_.push_back(eof);
  }
}

// Looks `ahead` tokens past the current one, stopping at Eof.
const Token& Parser::peek(size_t ahead) const {
  size_t i = pos_ + ahead;
  return i < tokens_.size() ? tokens_[i] : tokens_.back();
}

// Moves to the next token (never past Eof) and returns the one consumed.
const Token& Parser::advance() {
  if (pos_ + 1 < tokens_.size()) pos_++;
  return previous();
}

bool Parser::match(TokenKind kind) {
  if (!check(kind)) return false;
  advance();
  return true;
}

bool Parser::expect(TokenKind kind) {
  if (match(kind)) return true;
  error_at_current(std::string("expected ") + token_kind_name(kind));
  return false;
}

// A missing `;` is reported just after the previous token, where it belongs, and the parse
// carries on as if it had been there.
bool Parser::expect_semi(const char* what) {
  if (match(TokenKind::Semi)) return true;
  report(span_after(ast_.source, previous().span), std::string("expected `;` after ") + what);
  return false;
}

// Splits a compound closing token so that `Vec<Vec<u8>>` closes twice.
bool Parser::eat_gt() {
  Token& t = tokens_[pos_];
  auto shrink = [&](TokenKind rest) {
    t.kind = rest;
    t.text = t.text.substr(1);
    t.span.offset++;
    t.span.len--;
    t.span.col++;
  };
  switch (t.kind) {
    case TokenKind::Gt: advance(); return true;
    case TokenKind::Shr: shrink(TokenKind::Gt); return true;
    case TokenKind::Ge: shrink(TokenKind::Eq); return true;
    case TokenKind::ShrEq: shrink(TokenKind::Ge); return true;
    default: error_at_current("expected `>`"); return false;
  }
}

std::string_view Parser::expect_ident(const char* what) {
  if (check(TokenKind::Ident)) return advance().text;
  error_at_current(std::string("expected ") + what);
  return {};
}

// Records an error unless already panicking; the first error of a cascade is the useful one.
void Parser::error_at(const Span& span, std::string message) {
  if (panic_) return;
  panic_ = true;
  if (silence_at_eof_ && span.offset >= tokens_.back().span.offset) return;
  if (on_lex_error_line(span)) return;
  if (diagnostics_.size() < kMaxDiagnostics) {
    diagnostics_.push_back(Diagnostic{span, Severity::Error, std::move(message)});
  }
}

// Lexical errors arrive in source order, so the lines are sorted.
bool Parser::on_lex_error_line(const Span& span) const {
  return std::binary_search(lex_error_lines_.begin(), lex_error_lines_.end(), span.line);
}

void Parser::error_at_current(const std::string& message) {
  error_at(current().span, message + ", found " + describe_token(current()));
}

void Parser::report(const Span& span, std::string message) {
  if (panic_ || on_lex_error_line(span)) return;
  if (diagnostics_.size() < kMaxDiagnostics) {
    diagnostics_.push_back(Diagnostic{span, Severity::Error, std::move(message)});
  }
}

void Parser::unsupported(const Span& span, const std::string& what) { report(span, "unsupported: " + what); }

// Statement boundaries: after these keywords a new statement surely begins.
static bool is_statement_keyword(TokenKind k) {
  switch (k) {
    case TokenKind::KwLet:
    case TokenKind::KwFn:
    case TokenKind::KwStruct:
    case TokenKind::KwEnum:
    case TokenKind::KwImpl:
    case TokenKind::KwUse:
    case TokenKind::KwStatic:
    case TokenKind::KwTrait:
    case TokenKind::KwReturn:
    case TokenKind::KwIf:
    case TokenKind::KwWhile:
    case TokenKind::KwFor:
    case TokenKind::KwLoop:
    case TokenKind::KwMatch: return true;
    default: return false;
  }
}

// Skips tokens, keeping track of bracket depth, until a `;` (consumed), a `}` that closes the
// enclosing block, or a statement keyword at depth zero. Errors at end of file stay silenced,
// since every enclosing construct would otherwise report the same missing `}`.
void Parser::synchronize_stmt() {
  int depth = 0;
  while (!at_end()) {
    TokenKind k = current().kind;
    if (depth == 0) {
      if (k == TokenKind::Semi) {
        advance();
        break;
      }
      if (k == TokenKind::RBrace) break;
      if (is_statement_keyword(k) && pos_ > 0 && previous().kind != TokenKind::Dot) break;
    }
    if (k == TokenKind::LBrace || k == TokenKind::LParen || k == TokenKind::LBracket) depth++;
    if ((k == TokenKind::RBrace || k == TokenKind::RParen || k == TokenKind::RBracket) && depth > 0) {
      depth--;
    }
    advance();
  }
  if (!at_end()) panic_ = false;
}

// Skips to the next item keyword outside any braces.
void Parser::synchronize_item(bool stop_at_close) {
  int depth = 0;
  while (!at_end()) {
    if (depth == 0 && (at_item_start() || check(TokenKind::Pound))) break;
    if (depth == 0 && stop_at_close && check(TokenKind::RBrace)) break;
    if (check(TokenKind::LBrace)) depth++;
    if (check(TokenKind::RBrace) && depth > 0) depth--;
    advance();
  }
  if (!at_end()) panic_ = false;
}

// Skips from an opening delimiter to its matching closer (or end of file), iteratively.
void Parser::skip_delimited() {
  int depth = 0;
  do {
    TokenKind k = current().kind;
    if (k == TokenKind::LBrace || k == TokenKind::LParen || k == TokenKind::LBracket) depth++;
    if (k == TokenKind::RBrace || k == TokenKind::RParen || k == TokenKind::RBracket) depth--;
    advance();
  } while (depth > 0 && !at_end());
}

bool Parser::enter() {
  depth_++;
  if (depth_ <= kMaxNesting) return true;
  error_at(current().span, "nesting too deep (the limit is 256 levels)");
  return false;
}

Span Parser::span_from(const Span& start) const {
  Span s = start;
  uint32_t end = previous().span.end();
  s.len = end > start.offset ? end - start.offset : 0;
  return s;
}

// program := inner_attribute* item* EOF
void Parser::program() {
  prescan_macros();
  attributes(ast_.inner_attrs, true);
  while (!at_end()) {
    size_t before = pos_;
    std::vector<Attribute> attrs;
    attributes(attrs, false);
    if (at_item_start()) {
      if (Item* it = item(std::move(attrs))) ast_.items.push_back(it);
    } else if (check(TokenKind::RBrace)) {
      error_at(current().span, "unexpected closing delimiter `}`");
      advance();
    } else if (!at_end()) {
      error_at_current("expected item");
    }
    if (panic_) synchronize_item();
    if (pos_ == before && !at_end()) advance();
  }
}

bool ParseResult::ok() const {
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Severity::Error) return false;
  }
  return true;
}

// Copies the source into the Ast (so names can point into it), lexes, parses, then orders the
// diagnostics by position and drops repeats at the same spot.
ParseResult parse(std::string_view source) {
  ParseResult result;
  result.ast = std::make_unique<Ast>();
  std::vector<Token> tokens;
  if (source.size() > kMaxSourceBytes) {
    tokens = lex(source);
  } else {
    result.ast->source.assign(source.data(), source.size());
    tokens = lex(result.ast->source);
  }
  Parser parser(*result.ast, std::move(tokens), result.diagnostics);
  parser.program();
  std::vector<Diagnostic>& d = result.diagnostics;
  std::stable_sort(d.begin(), d.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.span.offset < b.span.offset; });
  for (Diagnostic& diag : d) {
    if (result.ast->in_expansion(diag.span)) diag.message += " (in this macro invocation)";
  }
  d.erase(std::unique(d.begin(), d.end(),
                      [](const Diagnostic& a, const Diagnostic& b) {
                        return a.span.offset == b.span.offset && a.message == b.message;
                      }),
          d.end());
  return result;
}

}  // namespace ps::lang
