// The parser's internal state, shared by the parse_*.cpp sections. Not part of the public API.
//
// Sections: parser.cpp (cursor, errors, recovery, program), parse_items.cpp, parse_types.cpp,
// parse_stmts.cpp (blocks, statements, control flow), parse_exprs.cpp (Pratt table, primary
// and postfix expressions), parse_patterns.cpp, parse_macros.cpp.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lang/syntax/ast.h"
#include "lang/syntax/macro_rules.h"
#include "lang/syntax/parser.h"
#include "lang/syntax/token.h"

namespace ps::lang {

class Parser {
 public:
  Parser(Ast& ast, std::vector<Token> tokens, std::vector<Diagnostic>& diagnostics);

  // program := inner_attribute* item* EOF
  void program();

  // ---- Cursor (parser.cpp) -------------------------------------------------------------------
  const Token& current() const { return tokens_[pos_]; }
  const Token& peek(size_t ahead = 1) const;
  const Token& previous() const { return tokens_[pos_ > 0 ? pos_ - 1 : 0]; }
  bool check(TokenKind kind) const { return current().kind == kind; }
  bool check_next(TokenKind kind) const { return peek().kind == kind; }
  bool at_end() const { return check(TokenKind::Eof); }
  const Token& advance();
  bool match(TokenKind kind);
  // Consumes `kind` or reports "expected X, found Y" at the current token.
  bool expect(TokenKind kind);
  // Consumes `;` or reports "expected `;` after <what>" just past the previous token.
  bool expect_semi(const char* what);
  // Consumes one `>`, splitting `>>`, `>=` and `>>=` as generic argument lists need.
  bool eat_gt();
  // Consumes an identifier (or `r#` raw identifier) and returns its name, or reports.
  std::string_view expect_ident(const char* what);

  // ---- Errors and recovery (parser.cpp) ------------------------------------------------------
  // Reports an error and enters panic mode, which silences further errors until recovery.
  void error_at(const Span& span, std::string message);
  // Reports "<message>, found <current token>" at the current token.
  void error_at_current(const std::string& message);
  // Reports an error without entering panic mode: the parse continues correctly after it.
  void report(const Span& span, std::string message);
  // "unsupported: <what>", reported without panic mode.
  void unsupported(const Span& span, const std::string& what);
  // Skips to the end of the current statement: past a `;`, or up to a `}` or statement keyword.
  void synchronize_stmt();
  // Skips to the next item keyword at brace depth zero (or, inside an impl, its closing `}`).
  void synchronize_item(bool stop_at_close = false);
  // Skips a balanced `(...)`, `[...]` or `{...}` starting at the current opening delimiter.
  void skip_delimited();
  bool panicking() const { return panic_; }

  // ---- Nesting bound (parser.cpp) ------------------------------------------------------------
  // Enters one nesting level; false (after reporting "nesting too deep") when over kMaxNesting.
  bool enter();
  void leave() { depth_--; }
  // RAII form of enter/leave.
  struct Nest {
    Parser& p;
    bool ok;
    explicit Nest(Parser& parser) : p(parser), ok(parser.enter()) {}
    ~Nest() { p.leave(); }
  };

  // ---- Node construction ---------------------------------------------------------------------
  template <class T>
  Expr* make_expr(const Span& span, T&& node) {
    return ast_.arena.make<Expr>(span, ExprNode(std::forward<T>(node)));
  }
  template <class T>
  Pattern* make_pattern(const Span& span, T&& node) {
    return ast_.arena.make<Pattern>(span, PatternNode(std::forward<T>(node)));
  }
  Expr* error_expr(const Span& span) { return make_expr(span, ErrorExpr{}); }
  Pattern* error_pattern(const Span& span) { return make_pattern(span, ErrorPat{}); }
  // The span from `start` to the end of the previous token.
  Span span_from(const Span& start) const;

  // ---- Items (parse_items.cpp) ---------------------------------------------------------------
  bool at_item_start() const;
  Item* item(std::vector<Attribute> attrs);
  void skip_item_quietly();
  void attributes(std::vector<Attribute>& out, bool inner);
  bool visibility();
  void use_item(Item* item);
  void use_tree(std::vector<std::string_view>& prefix, UseItem& out, const Span& start);
  void struct_item(Item* item);
  void enum_item(Item* item);
  void fn_item(Item* item);
  void fn_params(FnItem& fn);
  void impl_item(Item* item);
  void const_item(Item* item, bool is_static);
  void type_alias_item(Item* item);
  void mod_item(Item* item);
  void extern_crate_item(Item* item);
  void skip_unsupported_item(const Span& at, const std::string& what);
  void trait_item(Item* item);
  void named_fields(std::vector<FieldDef>& out);
  void tuple_fields(std::vector<FieldDef>& out);

  // ---- Types, generics, where clauses (parse_types.cpp) --------------------------------------
  // Parses a type; fills `path_out` when the type is a plain path (for `impl Trait for T`).
  TypeRef type(Path* path_out = nullptr);
  std::vector<std::string_view> generic_params();  // the names of the type parameters
  void generic_args();
  void where_clause();
  void bounds();
  Path path(bool in_expr);

  // ---- Blocks and statements (parse_stmts.cpp) -----------------------------------------------
  Block* block();
  Stmt* statement(bool& is_tail, Expr*& tail);
  Stmt* let_statement();
  bool at_block_like_start() const;
  Expr* block_like(std::string_view label);
  Expr* if_expr();
  Expr* while_expr(std::string_view label);
  Expr* loop_expr(std::string_view label);
  Expr* for_expr(std::string_view label);
  Expr* match_expr();
  Expr* labeled();

  // ---- Expressions (parse_exprs.cpp) ---------------------------------------------------------
  Expr* expression();
  Expr* expression_no_struct();
  Expr* expr_bp(int min_prec);
  Expr* infix(Expr* lhs, int min_prec, int start_depth);
  Expr* prefix();
  Expr* postfix(Expr* base);
  Expr* primary();
  Expr* path_expr();
  Expr* struct_literal(Path path);
  Expr* paren_or_tuple();
  Expr* array();
  Expr* closure();
  Expr* async_expr();
  Expr* literal();
  bool can_start_expr() const;
  bool can_start_range_end() const;
  bool looks_like_struct_body() const;
  void call_args(std::vector<Expr*>& out, TokenKind close);

  // ---- Patterns (parse_patterns.cpp) ---------------------------------------------------------
  // top_pattern := `|`? pattern (`|` pattern)*
  Pattern* top_pattern();
  Pattern* pattern();
  // Parses `pat, pat, ...` up to `close` (consumed); true if it ended with a comma.
  bool pattern_list(TokenKind close, std::vector<Pattern*>& out);
  Pattern* path_pattern();
  Pattern* literal_pattern();
  Expr* range_bound();

  // ---- Macros (parse_macros.cpp) -------------------------------------------------------------
  Expr* macro_call(Path path);
  void format_macro(MacroExpr& m, TokenKind close, bool needs_format);
  void format_tail(MacroExpr& m, TokenKind close);
  void select_macro(MacroExpr& m, TokenKind close);

  // ---- macro_rules! (parse_macro_rules.cpp) --------------------------------------------------
  // Reads every `macro_rules!` definition up front, so a `#[macro_export]` macro may be used
  // before it (a later definition of the same name takes over where the parse reaches it).
  void prescan_macros();
  // `macro_rules! name { rules }` at the current token: registers the macro.
  void macro_rules_item();
  // The definition a `name!` / `crate::name!` invocation starting at token `at` names, or null;
  // `bang` is set to the index of its `!`.
  const MacroDef* user_macro_at(size_t at, size_t& bang) const;
  // Replaces the invocation starting at token `at` by its expansion (between GroupOpen and
  // GroupClose when `as_expr`; with the `;` after it when `with_semi`) and puts the cursor at
  // its start. False (reported, invocation skipped) when no rule matches.
  bool expand_macro(size_t at, bool as_expr, bool with_semi);
  // A user macro invocation in statement position: spliced as statements. True if one was there.
  bool macro_statement();
  // How many of `toks` from `at` one fragment of `kind` spans, found by parsing it (0: none).
  size_t measure_fragment(FragKind kind, const std::vector<Token>& toks, size_t at, size_t end);
  // GroupOpen expr GroupClose: an expression fragment or expression-position expansion.
  Expr* fragment_group();
  // Hygiene: the name a local written in an expansion goes by. A binding gets a name of its
  // own expansion; a use refers to it only when the same expansion bound it. A use of a name
  // the body did not bind means the local at the definition: when the program binds that name
  // again between the definition and the invocation, that is a located `unsupported:`.
  std::string_view local_name(uint32_t ctx, std::string_view name, bool binding, const Span& at);
  // `stringify!(tokens)`: the tokens as rustc prints them, as a string literal.
  Expr* stringify_macro(const Path& path);
  // Skips a user macro invocation (the measuring parser does not expand).
  void skip_macro_call(size_t bang);

  Ast& ast_;
  std::vector<Token> tokens_;
  size_t pos_ = 0;
  std::vector<Diagnostic>& diagnostics_;
  bool panic_ = false;
  bool in_trait_ = false;  // inside a trait's body: fns and consts may leave out their body or value
  int depth_ = 0;
  // Set inside `if`/`while`/`match`/`for` heads, where `Path {` opens the body, not a literal.
  bool no_struct_ = false;
  // Set when a string or comment ran to the end of the file: every construct still open would
  // report end of file, and none of those reports would help.
  bool silence_at_eof_ = false;
  // Lines that already carry a lexical error. The parser's own complaints there would only
  // describe the hole the bad token left, so they are not reported.
  std::vector<uint32_t> lex_error_lines_;
  bool on_lex_error_line(const Span& span) const;

  // User macros by name, shared with the parsers that measure fragments.
  std::shared_ptr<std::map<std::string, MacroDef, std::less<>>> macros_ =
      std::make_shared<std::map<std::string, MacroDef, std::less<>>>();
  bool measuring_ = false;  // measures one fragment: user macros are skipped, not expanded
  struct Expansion {
    uint32_t depth;    // how many expansions deep it is
    uint32_t def_end;  // where its macro's definition ends
    uint32_t call;     // where the outermost invocation it comes from is
  };
  std::vector<Expansion> expansions_{Expansion{0, 0, 0}};                // by ctx
  std::vector<std::pair<std::string_view, uint32_t>> program_bindings_;  // names the program binds, where
  std::set<std::pair<uint32_t, std::string_view>> bound_;                // (expansion, name) of macro locals
};

// Saves and restores the struct-literal restriction around a sub-expression.
struct NoStruct {
  Parser& p;
  bool saved;
  NoStruct(Parser& parser, bool value) : p(parser), saved(parser.no_struct_) { parser.no_struct_ = value; }
  ~NoStruct() { p.no_struct_ = saved; }
};

}  // namespace ps::lang
