// `macro_rules!`: a definition's rules as token trees, matching an invocation's tokens against
// them arm by arm, and transcribing the arm that matched.
//
// Expansion is token-level, as in rustc: the parser splices the transcribed tokens in place of
// the invocation and parses on. Fragments of the kinds that need the grammar (`expr`, `ty`,
// `pat`, ...) are measured by a callback into the parser, which says how many tokens one such
// fragment spans. A multi-token `expr` fragment is transcribed between GroupOpen / GroupClose,
// so it stays one operand (`$x * $x` with `1 + 2` is 9).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lang/syntax/token.h"

namespace ps::lang {

enum class FragKind : uint8_t { Expr, Ident, Ty, Tt, Literal, Pat, PatParam, Block, Stmt, Path, Item, Lifetime, Vis };

// One node of a matcher or transcriber.
struct MacroNode {
  enum class Kind : uint8_t {
    Tok,       // a token to match or emit as written
    Fragment,  // matcher `$name:kind`
    Var,       // transcriber `$name`
    Repeat,    // `$( ... ) sep? op`
    Group,     // `( ... )`, `[ ... ]`, `{ ... }`
  };
  Kind kind = Kind::Tok;
  Token tok;  // Tok: the token; Group: the opening delimiter; Fragment / Var: the name
  Token close;
  std::string_view name;
  FragKind frag = FragKind::Tt;
  std::vector<MacroNode> children;
  std::optional<Token> sep;
  char op = '*';  // `*`, `+` or `?`
};

struct MacroRule {
  std::vector<MacroNode> matcher;
  std::vector<MacroNode> transcriber;
};

struct MacroDef {
  std::string_view name;
  Span span;            // `macro_rules! name`
  uint32_t body_begin;  // byte range of the rules in the source
  uint32_t body_end;
  std::vector<MacroRule> rules;
};

// What one metavariable matched: its tokens, or (inside a repetition) one match per iteration.
struct MacroMatch {
  std::vector<Token> tokens;
  FragKind frag = FragKind::Tt;
  bool repeated = false;
  std::vector<MacroMatch> reps;
};
using MacroBindings = std::map<std::string_view, MacroMatch, std::less<>>;

// How many tokens of `toks` from `at` (before `end`) one fragment of `kind` spans; 0 if none.
using FragmentMeasure = std::function<size_t(FragKind kind, const std::vector<Token>& toks, size_t at, size_t end)>;

// Reads the rules of `macro_rules! name { rules }` from the token trees between `begin` and `end`
// (the contents of the outer braces). False with `error` set when they are malformed.
bool read_macro_rules(const std::vector<Token>& toks, size_t begin, size_t end, MacroDef& def, std::string& error,
                      Span& error_at);

// Matches `toks[begin, end)` against one rule's matcher; fills `out` on success.
bool match_macro_rule(const MacroRule& rule, const std::vector<Token>& toks, size_t begin, size_t end,
                      const FragmentMeasure& measure, MacroBindings& out);

// Transcribes a rule with `bindings`: tokens written in the rule get `ctx` and the call site's
// line and column (their offsets stay in the definition); fragments keep their own tokens.
bool transcribe_macro_rule(const MacroRule& rule, const MacroBindings& bindings, uint32_t ctx, const Span& call_site,
                           std::vector<Token>& out, std::string& error);

// The index just past the delimited group that opens at `at` (or `end` if it never closes).
size_t skip_token_tree(const std::vector<Token>& toks, size_t at, size_t end);

}  // namespace ps::lang
