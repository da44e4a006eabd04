// `macro_rules!` rules: reading them, matching invocations, transcribing (see macro_rules.h).
#include "lang/syntax/macro_rules.h"

#include <utility>

namespace ps::lang {

namespace {

bool is_open(TokenKind k) { return k == TokenKind::LParen || k == TokenKind::LBracket || k == TokenKind::LBrace; }
bool is_close(TokenKind k) { return k == TokenKind::RParen || k == TokenKind::RBracket || k == TokenKind::RBrace; }

// An identifier or keyword: what `$name` and the `ident` fragment accept.
bool is_name(const Token& t) { return t.kind == TokenKind::Ident || is_keyword(t.kind); }

bool same_token(const Token& a, const Token& b) { return a.kind == b.kind && a.text == b.text; }

bool frag_kind(std::string_view s, FragKind& out) {
  static const std::pair<std::string_view, FragKind> kKinds[] = {
      {"expr", FragKind::Expr},
      {"ident", FragKind::Ident},
      {"ty", FragKind::Ty},
      {"tt", FragKind::Tt},
      {"literal", FragKind::Literal},
      {"pat", FragKind::Pat},
      {"pat_param", FragKind::PatParam},
      {"block", FragKind::Block},
      {"stmt", FragKind::Stmt},
      {"path", FragKind::Path},
      {"item", FragKind::Item},
      {"lifetime", FragKind::Lifetime},
      {"vis", FragKind::Vis},
  };
  for (const auto& [name, kind] : kKinds) {
    if (name == s) {
      out = kind;
      return true;
    }
  }
  return false;
}

struct Reader {
  const std::vector<Token>& toks;
  std::string& error;
  Span& error_at;

  bool fail(const Token& at, std::string message) {
    error = std::move(message);
    error_at = at.span;
    return false;
  }

  // Reads the nodes of toks[i, end) into `out`; `matcher` selects `$name:kind` over `$name`.
  bool read(size_t i, size_t end, bool matcher, std::vector<MacroNode>& out) {
    while (i < end) {
      const Token& t = toks[i];
      MacroNode n;
      if (t.kind == TokenKind::Dollar && i + 1 < end && toks[i + 1].kind == TokenKind::KwCrate) {
        n.tok = toks[i + 1];
        i += 2;
      } else if (t.kind == TokenKind::Dollar && i + 1 < end && is_name(toks[i + 1])) {
        n.tok = toks[i + 1];
        n.name = toks[i + 1].text;
        i += 2;
        if (matcher) {
          if (i + 1 >= end || toks[i].kind != TokenKind::Colon || !is_name(toks[i + 1]))
            return fail(n.tok, "expected a fragment kind after `$" + std::string(n.name) + ":`");
          if (!frag_kind(toks[i + 1].text, n.frag))
            return fail(toks[i + 1], "unsupported: the `" + std::string(toks[i + 1].text) + "` fragment kind");
          n.kind = MacroNode::Kind::Fragment;
          i += 2;
        } else {
          n.kind = MacroNode::Kind::Var;
        }
      } else if (t.kind == TokenKind::Dollar && i + 1 < end && toks[i + 1].kind == TokenKind::LParen) {
        size_t close = skip_token_tree(toks, i + 1, end) - 1;
        n.kind = MacroNode::Kind::Repeat;
        n.tok = t;
        if (!read(i + 2, close, matcher, n.children)) return false;
        i = close + 1;
        auto is_op = [&](size_t j) {
          return j < end && (toks[j].kind == TokenKind::Star || toks[j].kind == TokenKind::Plus ||
                             toks[j].kind == TokenKind::Question);
        };
        if (!is_op(i)) {
          if (i >= end || is_open(toks[i].kind) || is_close(toks[i].kind) || !is_op(i + 1))
            return fail(t, "expected one of `*`, `+` or `?` after a macro repetition");
          n.sep = toks[i++];
        }
        n.op = toks[i].kind == TokenKind::Star ? '*' : toks[i].kind == TokenKind::Plus ? '+' : '?';
        i++;
      } else if (is_open(t.kind)) {
        size_t close = skip_token_tree(toks, i, end) - 1;
        n.kind = MacroNode::Kind::Group;
        n.tok = t;
        n.close = toks[close];
        if (!read(i + 1, close, matcher, n.children)) return false;
        i = close + 1;
      } else {
        n.tok = t;
        i++;
      }
      out.push_back(std::move(n));
    }
    return true;
  }
};

// The metavariables a matcher declares (or a transcriber uses) anywhere inside `nodes`.
void names_in(const std::vector<MacroNode>& nodes, std::vector<std::string_view>& out) {
  for (const MacroNode& n : nodes) {
    if (n.kind == MacroNode::Kind::Fragment || n.kind == MacroNode::Kind::Var) out.push_back(n.name);
    names_in(n.children, out);
  }
}

struct Matcher {
  const std::vector<Token>& toks;
  const FragmentMeasure& measure;

  // Tokens one fragment spans at `i` (0: it does not match there).
  size_t fragment(FragKind kind, size_t i, size_t end) const {
    if (i >= end) return 0;
    const Token& t = toks[i];
    switch (kind) {
      case FragKind::Ident: return is_name(t) && t.kind != TokenKind::Underscore ? 1 : 0;
      case FragKind::Lifetime: return t.kind == TokenKind::Lifetime ? 1 : 0;
      case FragKind::Tt:
        if (is_open(t.kind)) return skip_token_tree(toks, i, end) - i;
        return is_close(t.kind) ? 0 : 1;
      case FragKind::Block: return t.kind == TokenKind::LBrace ? skip_token_tree(toks, i, end) - i : 0;
      case FragKind::Literal: {
        size_t j = i;
        if (toks[j].kind == TokenKind::Minus) j++;
        if (j >= end) return 0;
        TokenKind k = toks[j].kind;
        bool lit = k == TokenKind::Int || k == TokenKind::Float || k == TokenKind::Str || k == TokenKind::Char ||
                   k == TokenKind::ByteStr || k == TokenKind::ByteChar || k == TokenKind::KwTrue ||
                   k == TokenKind::KwFalse;
        if (!lit || (j > i && k != TokenKind::Int && k != TokenKind::Float)) return 0;
        return j + 1 - i;
      }
      default: return measure(kind, toks, i, end);
    }
  }

  // Matches `nodes` against a prefix of toks[i, end), advancing `i`.
  bool seq(const std::vector<MacroNode>& nodes, size_t& i, size_t end, MacroBindings& out) const {
    for (const MacroNode& n : nodes) {
      switch (n.kind) {
        case MacroNode::Kind::Tok:
          if (i >= end || !same_token(toks[i], n.tok)) return false;
          i++;
          break;
        case MacroNode::Kind::Fragment: {
          size_t len = 0;
          if (n.frag == FragKind::Vis) {
            // `vis` may be empty: `pub`, `pub(crate)` or nothing.
            if (i < end && toks[i].kind == TokenKind::KwPub)
              len = i + 1 < end && toks[i + 1].kind == TokenKind::LParen ? skip_token_tree(toks, i + 1, end) - i : 1;
          } else if ((len = fragment(n.frag, i, end)) == 0) {
            return false;
          }
          MacroMatch m;
          m.frag = n.frag;
          m.tokens.assign(toks.begin() + static_cast<long>(i), toks.begin() + static_cast<long>(i + len));
          out[n.name] = std::move(m);
          i += len;
          break;
        }
        case MacroNode::Kind::Group: {
          if (i >= end || toks[i].kind != n.tok.kind) return false;
          size_t close = skip_token_tree(toks, i, end) - 1;
          if (close >= end || toks[close].kind != n.close.kind) return false;
          size_t j = i + 1;
          if (!seq(n.children, j, close, out) || j != close) return false;
          i = close + 1;
          break;
        }
        case MacroNode::Kind::Repeat:
          if (!repeat(n, i, end, out)) return false;
          break;
        case MacroNode::Kind::Var: return false;
      }
    }
    return true;
  }

  // `$( ... ) sep op`: as many iterations as match (greedily), within what `op` allows.
  bool repeat(const MacroNode& n, size_t& i, size_t end, MacroBindings& out) const {
    std::vector<std::string_view> names;
    names_in(n.children, names);
    for (std::string_view name : names) {
      MacroMatch& m = out[name];
      m.repeated = true;
      m.reps.clear();
    }
    size_t count = 0;
    while (i < end) {
      size_t j = i;
      if (count > 0 && n.sep) {
        if (!same_token(toks[j], *n.sep)) break;
        j++;
      }
      MacroBindings inner;
      size_t k = j;
      if (!seq(n.children, k, end, inner) || k == j) break;
      for (std::string_view name : names) out[name].reps.push_back(std::move(inner[name]));
      i = k;
      count++;
      if (n.op == '?') break;
    }
    return !(n.op == '+' && count == 0);
  }
};

struct Transcriber {
  const MacroBindings& bindings;
  uint32_t ctx;
  const Span& call_site;
  std::vector<Token>& out;
  std::string& error;
  std::vector<size_t> index;  // the iteration of each enclosing repetition

  void written(const Token& t) {
    Token c = t;
    c.ctx = ctx;
    c.span.line = call_site.line;
    c.span.col = call_site.col;
    out.push_back(c);
  }

  // The match `$name` stands for at the current iterations, or null (error set).
  const MacroMatch* lookup(std::string_view name, bool allow_repeated) {
    auto it = bindings.find(name);
    if (it == bindings.end()) {
      error = "unknown macro variable `$" + std::string(name) + "`";
      return nullptr;
    }
    const MacroMatch* m = &it->second;
    for (size_t level = 0; m->repeated && level < index.size(); ++level) {
      if (index[level] >= m->reps.size()) {
        error = "macro variable `$" + std::string(name) + "` repeats a different number of times";
        return nullptr;
      }
      m = &m->reps[index[level]];
    }
    if (m->repeated && !allow_repeated) {
      error = "variable `$" + std::string(name) + "` is still repeating at this depth";
      return nullptr;
    }
    return m;
  }

  bool seq(const std::vector<MacroNode>& nodes) {
    for (const MacroNode& n : nodes) {
      switch (n.kind) {
        case MacroNode::Kind::Tok: written(n.tok); break;
        case MacroNode::Kind::Fragment:
        case MacroNode::Kind::Var: {
          const MacroMatch* m = lookup(n.name, false);
          if (!m) return false;
          bool group = m->frag == FragKind::Expr && m->tokens.size() > 1;
          if (group) {
            Token open = m->tokens.front();
            open.kind = TokenKind::GroupOpen;
            open.span.len = 0;
            out.push_back(open);
          }
          out.insert(out.end(), m->tokens.begin(), m->tokens.end());
          if (group) {
            Token close = m->tokens.back();
            close.kind = TokenKind::GroupClose;
            close.span.offset = close.span.end();
            close.span.len = 0;
            out.push_back(close);
          }
          break;
        }
        case MacroNode::Kind::Group:
          written(n.tok);
          if (!seq(n.children)) return false;
          written(n.close);
          break;
        case MacroNode::Kind::Repeat:
          if (!repeat(n)) return false;
          break;
      }
    }
    return true;
  }

  bool repeat(const MacroNode& n) {
    std::vector<std::string_view> names;
    names_in(n.children, names);
    size_t count = 0;
    bool any = false;
    for (std::string_view name : names) {
      const MacroMatch* m = lookup(name, true);
      if (!m) return false;
      if (!m->repeated) continue;
      if (any && m->reps.size() != count) {
        error = "meta-variable `$" + std::string(name) + "` repeats " + std::to_string(m->reps.size()) +
                " times, but another repeats " + std::to_string(count) + " times";
        return false;
      }
      any = true;
      count = m->reps.size();
    }
    if (!any) {
      error = "this macro repetition contains no variable that repeats";
      return false;
    }
    for (size_t k = 0; k < count; ++k) {
      if (k > 0 && n.sep) written(*n.sep);
      index.push_back(k);
      bool ok = seq(n.children);
      index.pop_back();
      if (!ok) return false;
    }
    return true;
  }
};

}  // namespace

// Skips a balanced group iteratively; a lone token is its own tree.
size_t skip_token_tree(const std::vector<Token>& toks, size_t at, size_t end) {
  if (at >= end || !is_open(toks[at].kind)) return at + 1;
  int depth = 0;
  size_t i = at;
  for (; i < end; ++i) {
    if (is_open(toks[i].kind)) depth++;
    if (is_close(toks[i].kind) && --depth == 0) return i + 1;
  }
  return end;
}

// rules := (`(` matcher `)` `=>` `{` transcriber `}`) separated by `;`, any delimiters.
bool read_macro_rules(const std::vector<Token>& toks, size_t begin, size_t end, MacroDef& def, std::string& error,
                      Span& error_at) {
  Reader r{toks, error, error_at};
  size_t i = begin;
  while (i < end) {
    if (!is_open(toks[i].kind)) return r.fail(toks[i], "expected a macro matcher in `(...)`");
    size_t mclose = skip_token_tree(toks, i, end) - 1;
    MacroRule rule;
    if (!r.read(i + 1, mclose, true, rule.matcher)) return false;
    i = mclose + 1;
    if (i >= end || toks[i].kind != TokenKind::FatArrow) return r.fail(toks[i < end ? i : mclose], "expected `=>`");
    i++;
    if (i >= end || !is_open(toks[i].kind)) return r.fail(toks[i < end ? i : end - 1], "expected a macro body");
    size_t tclose = skip_token_tree(toks, i, end) - 1;
    if (!r.read(i + 1, tclose, false, rule.transcriber)) return false;
    def.rules.push_back(std::move(rule));
    i = tclose + 1;
    if (i < end && toks[i].kind == TokenKind::Semi) i++;
  }
  return true;
}

bool match_macro_rule(const MacroRule& rule, const std::vector<Token>& toks, size_t begin, size_t end,
                      const FragmentMeasure& measure, MacroBindings& out) {
  Matcher m{toks, measure};
  size_t i = begin;
  return m.seq(rule.matcher, i, end, out) && i == end;
}

bool transcribe_macro_rule(const MacroRule& rule, const MacroBindings& bindings, uint32_t ctx, const Span& call_site,
                           std::vector<Token>& out, std::string& error) {
  Transcriber t{bindings, ctx, call_site, out, error, {}};
  return t.seq(rule.transcriber);
}

}  // namespace ps::lang
