// `macro_rules!` in the parser: definitions, expansion in item, statement and expression
// position, fragment measuring and hygiene. The rules themselves are in macro_rules.cpp.
#include <algorithm>
#include <string>
#include <utility>

#include "lang/syntax/lexer.h"
#include "lang/syntax/parser_internal.h"

namespace ps::lang {

namespace {

// rustc's default `recursion_limit`.
constexpr uint32_t kMaxExpansionDepth = 128;

bool opens(TokenKind k) { return k == TokenKind::LParen || k == TokenKind::LBracket || k == TokenKind::LBrace; }

}  // namespace

void Parser::prescan_macros() {
  for (size_t i = 0; i + 3 < tokens_.size(); ++i) {
    if (tokens_[i].kind != TokenKind::Ident || tokens_[i].text != "macro_rules" ||
        tokens_[i + 1].kind != TokenKind::Bang || tokens_[i + 2].kind != TokenKind::Ident ||
        !opens(tokens_[i + 3].kind))
      continue;
    if (macros_->count(tokens_[i + 2].text)) continue;
    size_t close = skip_token_tree(tokens_, i + 3, tokens_.size()) - 1;
    MacroDef def;
    def.name = tokens_[i + 2].text;
    def.span = tokens_[i].span;
    def.body_begin = tokens_[i + 3].span.offset;
    def.body_end = tokens_[close].span.end();
    std::string error;
    Span at;
    if (read_macro_rules(tokens_, i + 4, close, def, error, at))
      macros_->emplace(std::string(def.name), std::move(def));
  }
}

// macro_rules := `macro_rules` `!` name (`{` rules `}` | `(` rules `)` `;` | `[` rules `]` `;`)
void Parser::macro_rules_item() {
  Span start = advance().span;
  advance();  // `!`
  Span name_span = current().span;
  std::string_view name = expect_ident("a macro name");
  if (name.empty()) return;
  if (!opens(current().kind)) {
    error_at_current("expected `{` after `macro_rules! " + std::string(name) + "`");
    return;
  }
  TokenKind open = current().kind;
  size_t close = skip_token_tree(tokens_, pos_, tokens_.size()) - 1;
  MacroDef def;
  def.name = name;
  def.span = join(start, name_span);
  def.body_begin = current().span.offset;
  def.body_end = tokens_[close].span.end();
  std::string error;
  Span at;
  if (!read_macro_rules(tokens_, pos_ + 1, close, def, error, at)) {
    report(at, error);
  } else {
    (*macros_)[std::string(name)] = std::move(def);
  }
  pos_ = close;
  advance();
  if (open != TokenKind::LBrace) expect_semi("macro definition");
}

const MacroDef* Parser::user_macro_at(size_t at, size_t& bang) const {
  auto tok = [&](size_t i) -> const Token& { return tokens_[i < tokens_.size() ? i : tokens_.size() - 1]; };
  size_t i = at;
  if ((tok(i).kind == TokenKind::KwCrate || tok(i).kind == TokenKind::KwSelfValue) &&
      tok(i + 1).kind == TokenKind::ColonColon)
    i += 2;
  if (tok(i).kind != TokenKind::Ident || tok(i + 1).kind != TokenKind::Bang || !opens(tok(i + 2).kind)) return nullptr;
  auto it = macros_->find(tok(i).text);
  if (it == macros_->end()) return nullptr;
  bang = i + 1;
  return &it->second;
}

void Parser::skip_macro_call(size_t bang) {
  pos_ = bang + 1;
  skip_delimited();
}

bool Parser::expand_macro(size_t at, bool as_expr, bool with_semi) {
  size_t bang = 0;
  const MacroDef* def = user_macro_at(at, bang);
  if (!def) return false;
  size_t open = bang + 1;
  size_t end = skip_token_tree(tokens_, open, tokens_.size());
  const Token name_tok = tokens_[bang - 1];
  const Span call = tokens_[at].span;
  auto skip = [&]() {
    pos_ = end < tokens_.size() ? end : tokens_.size() - 1;
    if (with_semi) match(TokenKind::Semi);
    return false;
  };
  if (end > tokens_.size() || tokens_[end - 1].kind == TokenKind::Eof) {
    error_at(name_tok.span, "expected the closing delimiter of `" + std::string(name_tok.text) + "!`");
    return skip();
  }
  const Expansion& parent = expansions_[name_tok.ctx < expansions_.size() ? name_tok.ctx : 0];
  uint32_t depth = parent.depth + 1;
  uint32_t call_offset = name_tok.ctx == 0 ? call.offset : parent.call;
  if (depth > kMaxExpansionDepth) {
    error_at(name_tok.span, "recursion limit reached while expanding `" + std::string(name_tok.text) +
                                "!` (the limit is 128 expansions deep)");
    return skip();
  }
  FragmentMeasure measure = [this](FragKind k, const std::vector<Token>& toks, size_t a, size_t e) {
    return measure_fragment(k, toks, a, e);
  };
  MacroBindings bindings;
  const MacroRule* rule = nullptr;
  for (const MacroRule& r : def->rules) {
    bindings.clear();
    if (match_macro_rule(r, tokens_, open + 1, end - 1, measure, bindings)) {
      rule = &r;
      break;
    }
  }
  if (!rule) {
    error_at(name_tok.span, "no rule of `" + std::string(name_tok.text) + "!` matches these arguments");
    return skip();
  }
  uint32_t ctx = static_cast<uint32_t>(expansions_.size());
  expansions_.push_back(Expansion{depth, def->body_end, call_offset});
  std::vector<Token> out;
  Token group = tokens_[at];
  group.span.len = 0;
  if (as_expr) {
    group.kind = TokenKind::GroupOpen;
    out.push_back(group);
  }
  std::string error;
  if (!transcribe_macro_rule(*rule, bindings, ctx, call, out, error)) {
    error_at(name_tok.span, error + " (in this macro invocation)");
    return skip();
  }
  if (as_expr) {
    group.kind = TokenKind::GroupClose;
    out.push_back(group);
  }
  Ast::MacroSite site{def->body_begin, def->body_end, call.line, call.col};
  bool known = false;
  for (const Ast::MacroSite& s : ast_.macro_sites)
    known = known || (s.body_begin == site.body_begin && s.line == site.line && s.col == site.col);
  if (!known) ast_.macro_sites.push_back(site);
  size_t stop = end;
  if (with_semi && tokens_[stop].kind == TokenKind::Semi) stop++;
  if (tokens_.size() - (stop - at) + out.size() > kMaxTokens) {
    error_at(name_tok.span, "macro expansion too large (the limit is 262144 tokens)");
    return skip();
  }
  tokens_.erase(tokens_.begin() + static_cast<long>(at), tokens_.begin() + static_cast<long>(stop));
  tokens_.insert(tokens_.begin() + static_cast<long>(at), out.begin(), out.end());
  pos_ = at;
  return true;
}

// In statement position an invocation followed by `;` or the block's `}` (or written with
// braces) expands to statements; anything else (`m!(x).len()`) is an expression.
bool Parser::macro_statement() {
  size_t bang = 0;
  if (!user_macro_at(pos_, bang)) return false;
  size_t end = skip_token_tree(tokens_, bang + 1, tokens_.size());
  TokenKind after = tokens_[end < tokens_.size() ? end : tokens_.size() - 1].kind;
  bool braces = tokens_[bang + 1].kind == TokenKind::LBrace;
  if (!braces && after != TokenKind::Semi && after != TokenKind::RBrace) return false;
  if (measuring_) {
    skip_macro_call(bang);
    match(TokenKind::Semi);
    return true;
  }
  size_t at = pos_;
  size_t length = tokens_.size();
  if (expand_macro(at, false, false) && braces && after != TokenKind::Semi && after != TokenKind::RBrace) {
    // `m! { ... }` is a statement of its own: what it expands to needs no `;` after it.
    size_t next = at + (tokens_.size() + (end - at) - length);
    Token semi = tokens_[next - 1];
    semi.kind = TokenKind::Semi;
    semi.span.offset = semi.span.end();
    semi.span.len = 0;
    tokens_.insert(tokens_.begin() + static_cast<long>(next), semi);
  }
  return true;
}

size_t Parser::measure_fragment(FragKind kind, const std::vector<Token>& toks, size_t at, size_t end) {
  std::vector<Token> sub(toks.begin() + static_cast<long>(at), toks.begin() + static_cast<long>(end));
  Token eof;
  eof.kind = TokenKind::Eof;
  eof.span = end < toks.size() ? toks[end].span : toks.back().span;
  sub.push_back(eof);
  std::vector<Diagnostic> diags;
  Parser p(ast_, std::move(sub), diags);
  p.macros_ = macros_;
  p.measuring_ = true;
  p.depth_ = depth_;
  switch (kind) {
    case FragKind::Expr: p.expression(); break;
    case FragKind::Ty: p.type(); break;
    case FragKind::Pat: p.top_pattern(); break;
    case FragKind::PatParam: p.pattern(); break;
    case FragKind::Path: p.path(false); break;
    case FragKind::Item: {
      std::vector<Attribute> attrs;
      p.attributes(attrs, false);
      if (!p.at_item_start()) return 0;
      p.item(std::move(attrs));
      break;
    }
    case FragKind::Stmt:
      if (p.match(TokenKind::KwLet)) {
        p.top_pattern();
        if (p.match(TokenKind::Colon)) p.type();
        if (p.match(TokenKind::Eq)) p.expression();
      } else if (p.at_item_start()) {
        p.item({});
      } else {
        p.expression();
      }
      break;
    default: return 0;
  }
  if (!diags.empty() || p.panic_) return 0;
  return p.pos_;
}

// fragment_group := GroupOpen expr GroupClose
Expr* Parser::fragment_group() {
  advance();
  NoStruct allow(*this, false);
  Expr* e = check(TokenKind::GroupClose) ? make_expr(current().span, TupleExpr{}) : expression();
  expect(TokenKind::GroupClose);
  return e;
}

std::string_view Parser::local_name(uint32_t ctx, std::string_view name, bool binding, const Span& at) {
  if (name.empty()) return name;
  if (ctx == 0) {
    if (binding) program_bindings_.push_back({name, at.offset});
    return name;
  }
  if (!binding && !bound_.count({ctx, name})) {
    const Expansion& e = expansions_[ctx < expansions_.size() ? ctx : 0];
    uint32_t lo = std::min(e.def_end, e.call), hi = std::max(e.def_end, e.call);
    for (const auto& [bound, offset] : program_bindings_) {
      if (bound == name && offset > lo && offset < hi) {
        report(at, "unsupported: `" + std::string(name) +
                       "` in this macro body means the binding where the macro is defined, and the program binds "
                       "that name again before the invocation (macro hygiene)");
        break;
      }
    }
    return name;
  }
  if (binding) bound_.insert({ctx, name});
  ast_.names.push_back(std::string(name) + kHygieneMark + std::to_string(ctx));
  return ast_.names.back();
}

namespace {

bool is_punct(TokenKind k) {
  switch (k) {
    case TokenKind::Ident:
    case TokenKind::Lifetime:
    case TokenKind::Int:
    case TokenKind::Float:
    case TokenKind::Str:
    case TokenKind::Char:
    case TokenKind::ByteStr:
    case TokenKind::ByteChar:
    case TokenKind::LParen:
    case TokenKind::RParen:
    case TokenKind::LBrace:
    case TokenKind::RBrace:
    case TokenKind::LBracket:
    case TokenKind::RBracket:
    case TokenKind::GroupOpen:
    case TokenKind::GroupClose: return false;
    default: return !is_keyword(k);
  }
}

// rustc's `space_between`: where a space is never printed even after whitespace.
bool space_between(const Token& a, const Token& b) {
  if (a.kind == TokenKind::Dot && !is_punct(b.kind)) return false;
  if ((b.kind == TokenKind::Comma || b.kind == TokenKind::Semi || b.kind == TokenKind::Dot) && !is_punct(a.kind))
    return false;
  if (b.kind == TokenKind::LParen && (a.kind == TokenKind::Ident || a.kind == TokenKind::KwFn ||
                                      a.kind == TokenKind::KwSelfType || a.kind == TokenKind::KwPub))
    return false;
  if (a.kind == TokenKind::Pound && b.kind == TokenKind::LBracket) return false;
  return true;
}

}  // namespace

// Prints the tokens as rustc does: a space between two tokens where the source had
// whitespace after the first (and `space_between` allows one); braces as `{ ... }`.
Expr* Parser::stringify_macro(const Path& path) {
  Span start = path.span;
  size_t open = pos_;
  size_t end = skip_token_tree(tokens_, open, tokens_.size());
  std::vector<const Token*> toks;
  for (size_t i = open + 1; i + 1 < end; ++i) {
    if (tokens_[i].kind != TokenKind::GroupOpen && tokens_[i].kind != TokenKind::GroupClose)
      toks.push_back(&tokens_[i]);
  }
  auto spaced = [&](const Token& t) {
    size_t at = t.span.end();
    if (at >= ast_.source.size()) return true;
    char c = ast_.source[at];
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
           (c == '/' && at + 1 < ast_.source.size() && (ast_.source[at + 1] == '/' || ast_.source[at + 1] == '*'));
  };
  std::string text;
  for (size_t i = 0; i < toks.size(); ++i) {
    const Token& t = *toks[i];
    text += t.text;
    if (t.kind == TokenKind::LBrace) {
      if (i + 1 < toks.size() && toks[i + 1]->kind != TokenKind::RBrace) text += ' ';
      continue;
    }
    if (i + 1 >= toks.size()) break;
    const Token& next = *toks[i + 1];
    if (next.kind == TokenKind::RBrace && t.kind != TokenKind::LBrace) {
      text += ' ';
      continue;
    }
    if (t.kind == TokenKind::LParen || t.kind == TokenKind::LBracket || next.kind == TokenKind::RParen ||
        next.kind == TokenKind::RBracket)
      continue;
    if (spaced(t) && space_between(t, next)) text += ' ';
  }
  pos_ = end < tokens_.size() ? end : tokens_.size() - 1;
  LitExpr lit;
  lit.kind = LitKind::Str;
  lit.str_value = std::move(text);
  return make_expr(span_from(start), std::move(lit));
}

}  // namespace ps::lang
