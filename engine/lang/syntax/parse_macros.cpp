// Macro invocations. The token trees of the supported macros are parsed directly as
// expressions (and, for `select!`, as branches); format strings are parsed into pieces and
// checked against their arguments. Other macros are reported as unsupported and skipped.
#include <utility>

#include "lang/syntax/parser_internal.h"

namespace ps::lang {

namespace {

struct MacroName {
  std::string_view name;
  MacroKind kind;
};

// Supported macros by their last path segment (`tokio::join` and `futures::join` are `join`).
constexpr MacroName kMacros[] = {
    {"println", MacroKind::Println},
    {"print", MacroKind::Print},
    {"eprintln", MacroKind::Eprintln},
    {"eprint", MacroKind::Eprint},
    {"format", MacroKind::Format},
    {"panic", MacroKind::Panic},
    {"unreachable", MacroKind::Unreachable},
    {"todo", MacroKind::Todo},
    {"unimplemented", MacroKind::Unimplemented},
    {"write", MacroKind::Write},
    {"writeln", MacroKind::Writeln},
    {"assert", MacroKind::Assert},
    {"debug_assert", MacroKind::Assert},
    {"assert_eq", MacroKind::AssertEq},
    {"debug_assert_eq", MacroKind::AssertEq},
    {"assert_ne", MacroKind::AssertNe},
    {"debug_assert_ne", MacroKind::AssertNe},
    {"vec", MacroKind::Vec},
    {"matches", MacroKind::Matches},
    {"dbg", MacroKind::Dbg},
    {"join", MacroKind::Join},
    {"try_join", MacroKind::TryJoin},
    {"select", MacroKind::Select},
};

TokenKind closer_of(TokenKind open) {
  if (open == TokenKind::LParen) return TokenKind::RParen;
  if (open == TokenKind::LBracket) return TokenKind::RBracket;
  return TokenKind::RBrace;
}

}  // namespace

// macro_call := path `!` delimited_token_tree, parsed according to the macro.
Expr* Parser::macro_call(Path path) {
  Span start = path.span;
  Span bang = advance().span;
  std::string_view name = path.last();
  if (name == "stringify") return stringify_macro(path);
  const MacroName* found = nullptr;
  for (const MacroName& m : kMacros) {
    if (m.name == name) found = &m;
  }
  if (!found) {
    unsupported(join(start, bang), "macro `" + path.text() + "!`");
    skip_delimited();
    return error_expr(span_from(start));
  }
  TokenKind open = advance().kind;
  TokenKind close = closer_of(open);
  NoStruct allow(*this, false);
  MacroExpr m;
  m.kind = found->kind;
  m.braces = open == TokenKind::LBrace;
  switch (m.kind) {
    case MacroKind::Println:
    case MacroKind::Eprintln:
    case MacroKind::Panic:
    case MacroKind::Unreachable:
    case MacroKind::Todo:
    case MacroKind::Unimplemented: format_macro(m, close, false); break;
    case MacroKind::Print:
    case MacroKind::Eprint:
    case MacroKind::Format: format_macro(m, close, true); break;
    case MacroKind::Write:
    case MacroKind::Writeln:
      m.args.push_back(expression());
      if (match(TokenKind::Comma) && !check(close)) format_tail(m, close);
      break;
    case MacroKind::Assert:
      m.args.push_back(expression());
      if (match(TokenKind::Comma) && !check(close)) format_tail(m, close);
      break;
    case MacroKind::AssertEq:
    case MacroKind::AssertNe:
      m.args.push_back(expression());
      if (expect(TokenKind::Comma)) m.args.push_back(expression());
      if (match(TokenKind::Comma) && !check(close)) format_tail(m, close);
      break;
    case MacroKind::Vec:
      if (!check(close)) {
        m.args.push_back(expression());
        if (match(TokenKind::Semi)) {
          m.repeat_count = expression();
        } else {
          while (match(TokenKind::Comma) && !check(close) && !panic_) {
            m.args.push_back(expression());
          }
        }
      }
      break;
    case MacroKind::Matches:
      m.args.push_back(expression());
      if (expect(TokenKind::Comma)) {
        m.pattern = top_pattern();
        if (match(TokenKind::KwIf)) m.guard = expression();
        match(TokenKind::Comma);
      }
      break;
    case MacroKind::Dbg:
    case MacroKind::Join:
    case MacroKind::TryJoin:
      while (!check(close) && !at_end() && !panic_) {
        m.args.push_back(expression());
        if (!match(TokenKind::Comma)) break;
      }
      break;
    case MacroKind::Select: select_macro(m, close); break;
  }
  if (!check(close)) {
    error_at_current(std::string("expected ") + token_kind_name(close) + " to close `" + path.text() + "!`");
    // Skip the rest of the token tree so parsing resumes after it.
    int depth = 0;
    while (!at_end() && !(depth == 0 && check(close))) {
      TokenKind k = current().kind;
      if (k == TokenKind::LBrace || k == TokenKind::LParen || k == TokenKind::LBracket) depth++;
      if (k == TokenKind::RBrace || k == TokenKind::RParen || k == TokenKind::RBracket) {
        if (depth == 0) break;
        depth--;
      }
      advance();
    }
  }
  match(close);
  m.path = std::move(path);
  return make_expr(span_from(start), std::move(m));
}

// format_macro := (format_string (`,` args)?)?; the string is required when `needs_format`.
void Parser::format_macro(MacroExpr& m, TokenKind close, bool needs_format) {
  if (check(close)) {
    if (needs_format) {
      error_at(current().span,
               std::string("`") + macro_kind_name(m.kind) + "!` requires at least a format string argument");
    }
    return;
  }
  format_tail(m, close);
}

// format_tail := string_literal (`,` (name `=`)? expr)* `,`?
// Parses the string into pieces and binds its placeholders to the arguments.
void Parser::format_tail(MacroExpr& m, TokenKind close) {
  if (!check(TokenKind::Str)) {
    error_at_current("format argument must be a string literal");
    return;
  }
  const Token lit = advance();
  CookedString text = cook_string(lit.text, lit.span.offset);
  FormatString format;
  bool ok = parse_format_string(text, ast_.source, lit.span, format, diagnostics_);
  std::vector<FormatArgInfo> infos;
  bool seen_named = false;
  while (match(TokenKind::Comma) && !check(close) && !at_end() && !panic_) {
    FormatArg arg;
    Span start = current().span;
    if (check(TokenKind::Ident) && check_next(TokenKind::Eq)) {
      arg.name = advance().text;
      advance();
      seen_named = true;
    } else if (seen_named) {
      report(start, "positional arguments cannot follow named arguments");
    }
    arg.value = expression();
    arg.span = span_from(start);
    infos.push_back(FormatArgInfo{arg.name, arg.span});
    m.format_args.push_back(arg);
  }
  if (ok && !panic_) resolve_format_args(format, infos, diagnostics_);
  if (lit.ctx != 0) {
    // `{x}` written in a macro body captures the body's own `x`.
    auto rename = [&](FormatArgRef& ref) {
      if (ref.kind == FormatArgRef::Kind::Capture)
        ref.name = std::string(local_name(lit.ctx, ref.name, false, lit.span));
    };
    for (FormatPiece& piece : format.pieces) {
      rename(piece.arg);
      rename(piece.spec.width.arg);
      rename(piece.spec.precision.arg);
    }
  }
  m.format = std::move(format);
}

// select := (`biased` `;`)? (top_pattern `=` expr (`,` `if` expr)? `=>` body `,`?)*
//           (`else` `=>` body `,`?)?
void Parser::select_macro(MacroExpr& m, TokenKind close) {
  if (check(TokenKind::Ident) && current().text == "biased" && check_next(TokenKind::Semi)) {
    advance();
    advance();
    m.biased = true;
  }
  auto body = [&]() -> Expr* {
    Expr* e = check(TokenKind::LBrace) ? block_like({}) : expression();
    if (!match(TokenKind::Comma) && !check(close) && !e->is<BlockExpr>()) {
      error_at(span_after(ast_.source, previous().span), "expected `,` after `select!` branch");
    }
    return e;
  };
  while (!check(close) && !at_end()) {
    size_t before = pos_;
    Span start = current().span;
    if (match(TokenKind::KwElse)) {
      if (expect(TokenKind::FatArrow)) m.else_body = body();
    } else {
      SelectBranch b;
      b.pattern = top_pattern();
      if (expect(TokenKind::Eq)) {
        b.future = expression();
        if (match(TokenKind::Comma)) {
          if (expect(TokenKind::KwIf)) b.guard = expression();
        }
        if (expect(TokenKind::FatArrow)) {
          b.body = body();
          b.span = span_from(start);
          m.branches.push_back(b);
        }
      }
    }
    if (panic_ || pos_ == before) break;
  }
}

}  // namespace ps::lang
