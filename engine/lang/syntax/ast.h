// The syntax tree of a pollscope program, shaped for a bytecode compiler.
//
// Ownership: every node lives in the Ast's arena (one deque per node type, so addresses are
// stable) and children are plain pointers into it. Destroying an Ast frees the deques in a flat
// loop, never by recursing through the tree. Names are string_views into Ast::source, the
// parser's own copy of the text, so an Ast is self-contained.
//
// Shape guarantees: the parser bounds nesting (kMaxNesting in parser.h) including long operator
// and method chains, so passes over the tree may recurse. A node that failed to parse is still
// present as ErrorExpr / ErrorPat, so pointers that the comments call non-null are never null.
//
// Types are parsed and then ignored: a TypeRef keeps only the source text and span. Generics,
// lifetimes, where clauses and trait bounds are skipped.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "lang/base/format_string.h"
#include "lang/base/operators.h"
#include "lang/base/source.h"

namespace ps::lang {

struct Expr;
struct Pattern;
struct Stmt;
struct Block;
struct Item;

// ---------------------------------------------------------------------------------------------
// Shared pieces

// One `name` or `name::<T>` of a path; `has_generic_args` records a (skipped) turbofish.
struct PathSegment {
  std::string_view name;
  Span span;
  bool has_generic_args = false;
};

// `a::b::<T>::c`, `Self`, `Poll::Ready`, `::std::mem`.
struct Path {
  Span span;
  bool global = false;  // Leading `::`.
  std::vector<PathSegment> segments;

  // The segments joined with `::`, without generic arguments: "tokio::time::sleep".
  std::string text() const;
  // The last segment's name ("" for an empty path).
  std::string_view last() const { return segments.empty() ? "" : segments.back().name; }
};

// A type as written. Only its text is kept; `name` is the last path segment of a path type
// (`Poll` for `Poll<Self::Output>`, empty for `&T`, tuples, etc.).
struct TypeRef {
  Span span;
  std::string_view text;
  std::string_view name;
};

// `#[path]`, `#[path(args)]` or `#[path = value]`. `words` lists the identifiers among the
// arguments, so `#[derive(Debug, Clone)]` has words {Debug, Clone}.
struct Attribute {
  Span span;
  std::string path;
  std::string_view args;  // The text between the parentheses, or after `=`.
  std::vector<std::string_view> words;
  bool inner = false;  // `#![...]`.

  bool is(std::string_view p) const { return path == p; }
};

// ---------------------------------------------------------------------------------------------
// Expressions

enum class LitKind : uint8_t { Int, Float, Bool, Str, Char };

struct LitExpr {
  LitKind kind = LitKind::Int;
  uint64_t int_value = 0;
  double float_value = 0;
  bool bool_value = false;
  char32_t char_value = 0;
  std::string str_value;    // Decoded contents of a string literal.
  std::string_view suffix;  // `u32` in `1u32`.
};

struct PathExpr {
  Path path;
};

struct CallExpr {
  Expr* callee;
  std::vector<Expr*> args;
};

// `receiver.name::<T>(args)`.
struct MethodCallExpr {
  Expr* receiver;
  std::string_view name;
  Span name_span;
  bool turbofish = false;
  std::vector<Expr*> args;
};

struct FieldExpr {
  Expr* base;
  std::string_view name;
  Span name_span;
};

// `base.0`.
struct TupleIndexExpr {
  Expr* base;
  uint32_t index = 0;
};

struct IndexExpr {
  Expr* base;
  Expr* index;
};

struct UnaryExpr {
  UnaryOp op;
  Expr* operand;
};

struct BinaryExpr {
  BinaryOp op;
  Expr* lhs;
  Expr* rhs;
};

// `lhs = rhs`, or `lhs op= rhs` when `op` is set.
struct AssignExpr {
  std::optional<BinaryOp> op;
  Expr* lhs;
  Expr* rhs;
};

// `a..b`, `a..=b`, `a..`, `..b`, `..`; absent ends are null.
struct RangeExpr {
  Expr* start = nullptr;
  Expr* end = nullptr;
  bool inclusive = false;
};

// `value as Type`; the type is kept only as text.
struct CastExpr {
  Expr* value;
  TypeRef type;
};

// `{ ... }`, `async { ... }`, `async move { ... }`, `'label: { ... }`.
struct BlockExpr {
  Block* block;
  bool is_async = false;
  bool is_move = false;
  std::string_view label;
};

// `if cond { } else ...` or, when `let_pattern` is set, `if let pat = cond { } else ...`.
// `else_branch` is null, a BlockExpr or another IfExpr.
struct IfExpr {
  Pattern* let_pattern = nullptr;
  Expr* cond;
  Block* then_block;
  Expr* else_branch = nullptr;
};

// `while cond { }` or `while let pat = cond { }`.
struct WhileExpr {
  Pattern* let_pattern = nullptr;
  Expr* cond;
  Block* body;
  std::string_view label;
};

struct LoopExpr {
  Block* body;
  std::string_view label;
};

struct ForExpr {
  Pattern* pattern;
  Expr* iter;
  Block* body;
  std::string_view label;
};

struct MatchArm {
  Span span;
  Pattern* pattern;
  Expr* guard = nullptr;  // `if guard`.
  Expr* body;
};

struct MatchExpr {
  Expr* scrutinee;
  std::vector<MatchArm> arms;
};

struct BreakExpr {
  std::string_view label;
  Expr* value = nullptr;
};

struct ContinueExpr {
  std::string_view label;
};

struct ReturnExpr {
  Expr* value = nullptr;
};

struct ClosureParam {
  Span span;
  Pattern* pattern;
  std::optional<TypeRef> type;
};

// `|x| e`, `move || { }`, `|a: i32, b| -> i32 { a + b }`.
struct ClosureExpr {
  bool is_move = false;
  bool is_async = false;
  std::vector<ClosureParam> params;
  std::optional<TypeRef> return_type;
  Expr* body;
};

struct AwaitExpr {
  Expr* future;
  Span await_span;  // The `.await` itself, where a trace points.
};

// `operand?`.
struct TryExpr {
  Expr* operand;
};

struct FieldInit {
  Span span;
  std::string_view name;
  Expr* value;  // For the shorthand `Foo { count }`, a PathExpr naming `count`.
  bool shorthand = false;
};

// `Path { a, b: 1, ..base }`.
struct StructExpr {
  Path path;
  std::vector<FieldInit> fields;
  Expr* base = nullptr;
};

// `(a, b)`; the unit value `()` is a TupleExpr with no elements.
struct TupleExpr {
  std::vector<Expr*> elems;
};

// `(e)`: kept so that a printer can show what was written; evaluates to `e`.
struct ParenExpr {
  Expr* inner;
};

struct ArrayExpr {
  std::vector<Expr*> elems;
};

// `[value; count]`.
struct RepeatExpr {
  Expr* value;
  Expr* count;
};

// clang-format off
enum class MacroKind : uint8_t {
  Println, Print, Eprintln, Eprint, Format, Panic, Unreachable, Todo, Unimplemented,
  Write, Writeln,                 // `write!(f, ...)`: args[0] is the destination.
  Assert, AssertEq, AssertNe,     // args: [cond] or [left, right]; the rest is a message.
  Vec,                            // args are the elements, or [value] with repeat_count.
  Matches,                        // args[0] is the scrutinee; pattern and guard follow.
  Dbg,                            // args.
  Join, TryJoin,                  // args are the futures.
  Select,                         // branches, biased, else_body.
};
// clang-format on

// One `pattern = future, if guard => body` branch of `select!`.
struct SelectBranch {
  Span span;
  Pattern* pattern;
  Expr* future;
  Expr* guard = nullptr;
  Expr* body;
};

// A positional or named (`name = expr`) argument after a format string.
struct FormatArg {
  Span span;
  std::string_view name;  // Empty for positional arguments.
  Expr* value;
};

// A macro invocation whose token tree was parsed into expressions according to its kind.
struct MacroExpr {
  MacroKind kind;
  Path path;            // As written: `println`, `tokio::join`.
  bool braces = false;  // Invoked as `name! { ... }`: needs no `;` as a statement.
  std::vector<Expr*> args;
  Expr* repeat_count = nullptr;        // `vec![value; count]`.
  std::optional<FormatString> format;  // The format string, if one was given.
  std::vector<FormatArg> format_args;  // Arguments the format string refers to.
  Pattern* pattern = nullptr;          // `matches!(e, pattern if guard)`.
  Expr* guard = nullptr;
  std::vector<SelectBranch> branches;  // `select!`.
  bool biased = false;
  Expr* else_body = nullptr;
};

// Stands in for an expression that failed to parse (an error was reported).
struct ErrorExpr {};

using ExprNode = std::variant<LitExpr, PathExpr, CallExpr, MethodCallExpr, FieldExpr, TupleIndexExpr, IndexExpr,
                              UnaryExpr, BinaryExpr, AssignExpr, RangeExpr, CastExpr, BlockExpr, IfExpr, WhileExpr,
                              LoopExpr, ForExpr, MatchExpr, BreakExpr, ContinueExpr, ReturnExpr, ClosureExpr, AwaitExpr,
                              TryExpr, StructExpr, TupleExpr, ParenExpr, ArrayExpr, RepeatExpr, MacroExpr, ErrorExpr>;

struct Expr {
  Span span;
  ExprNode node;

  template <class T>
  T* as() {
    return std::get_if<T>(&node);
  }
  template <class T>
  const T* as() const {
    return std::get_if<T>(&node);
  }
  template <class T>
  bool is() const {
    return std::holds_alternative<T>(node);
  }
};

// ---------------------------------------------------------------------------------------------
// Patterns

struct WildcardPat {};

// `..` inside tuple and slice patterns.
struct RestPat {};

// `name`, `mut name`, `ref name`, `ref mut name`, `name @ subpattern`. A lone identifier that
// starts with an uppercase letter (`None`, `Pending`, `MAX`) is parsed as a PathPat instead,
// following Rust's naming conventions.
struct IdentPat {
  std::string_view name;
  bool by_ref = false;
  bool is_mut = false;
  Pattern* subpattern = nullptr;
};

// A literal, possibly negative: `3`, `-1`, `"hi"`, `'c'`, `true`. `value` is a LitExpr, or a
// UnaryExpr(Neg) around one.
struct LitPat {
  Expr* value;
};

// `lo..=hi`, `lo..hi`, `lo..`, `..=hi`; bounds are literal or path expressions.
struct RangePat {
  Expr* lo = nullptr;
  Expr* hi = nullptr;
  bool inclusive = false;
};

// `Poll::Pending`, `None`, `Color::Red`.
struct PathPat {
  Path path;
};

// `Poll::Ready(v)`, `Some(x)`, `Ok(_)`.
struct TupleStructPat {
  Path path;
  std::vector<Pattern*> elems;
};

struct FieldPat {
  Span span;
  std::string_view name;
  Pattern* pattern;  // For the shorthand `Point { x }`, an IdentPat binding `x`.
};

// `Point { x, y: 0, .. }`.
struct StructPat {
  Path path;
  std::vector<FieldPat> fields;
  bool has_rest = false;
};

struct TuplePat {
  std::vector<Pattern*> elems;
};

// `[a, b, ..]`.
struct SlicePat {
  std::vector<Pattern*> elems;
};

// `a | b | c`.
struct OrPat {
  std::vector<Pattern*> alts;
};

// `&pat`, `&mut pat`.
struct RefPat {
  Pattern* pattern;
  bool is_mut = false;
};

struct ErrorPat {};

using PatternNode = std::variant<WildcardPat, RestPat, IdentPat, LitPat, RangePat, PathPat, TupleStructPat, StructPat,
                                 TuplePat, SlicePat, OrPat, RefPat, ErrorPat>;

struct Pattern {
  Span span;
  PatternNode node;

  template <class T>
  T* as() {
    return std::get_if<T>(&node);
  }
  template <class T>
  const T* as() const {
    return std::get_if<T>(&node);
  }
  template <class T>
  bool is() const {
    return std::holds_alternative<T>(node);
  }
};

// ---------------------------------------------------------------------------------------------
// Statements and blocks

// `let pattern: Type = init else { ... };` with the type, initializer and else block optional.
struct LetStmt {
  Pattern* pattern;
  std::optional<TypeRef> type;
  Expr* init = nullptr;
  Block* else_block = nullptr;
};

// An expression followed by `;`, or a block-like expression (`if`, `match`, `loop`, ...) in
// statement position, which needs none.
struct ExprStmt {
  Expr* expr;
  bool has_semi = false;
};

// An item declared inside a block (a nested fn, struct, use ...).
struct ItemStmt {
  Item* item;
};

using StmtNode = std::variant<LetStmt, ExprStmt, ItemStmt>;

struct Stmt {
  Span span;
  StmtNode node;

  template <class T>
  T* as() {
    return std::get_if<T>(&node);
  }
  template <class T>
  const T* as() const {
    return std::get_if<T>(&node);
  }
};

// `{ stmts; tail }`. `tail` is the final expression without a semicolon (the block's value), or
// null when the block ends with a statement (its value is `()`).
struct Block {
  Span span;
  std::vector<Stmt*> stmts;
  Expr* tail = nullptr;
};

// ---------------------------------------------------------------------------------------------
// Items

// One name brought into scope by a `use`: `use a::b::{c, d as e}` makes two entries,
// a::b::c bound as `c` and a::b::d bound as `e`. A glob `use a::*` has `glob` set and no alias.
struct UseEntry {
  Span span;
  std::vector<std::string_view> path;
  std::string_view alias;
  bool glob = false;
};

struct UseItem {
  std::vector<UseEntry> entries;
};

struct FieldDef {
  Span span;
  std::string_view name;  // Empty for tuple-struct fields.
  TypeRef type;
  bool is_pub = false;
};

enum class StructKind : uint8_t { Named, Tuple, Unit };

struct StructItem {
  std::string_view name;
  Span name_span;
  StructKind kind = StructKind::Named;
  std::vector<FieldDef> fields;
};

// `Name`, `Name(T, U)`, `Name { a: T }`, or `Name = 3`.
struct Variant {
  Span span;
  std::string_view name;
  StructKind kind = StructKind::Unit;
  std::vector<FieldDef> fields;
  Expr* discriminant = nullptr;
};

struct EnumItem {
  std::string_view name;
  Span name_span;
  std::vector<Variant> variants;
};

// The receiver of a method: `self`, `mut self`, `&self`, `&mut self`, `self: Pin<&mut Self>`.
struct SelfParam {
  Span span;
  bool is_ref = false;  // `&self` / `&mut self`.
  bool is_mut = false;  // `mut self` or `&mut self`.
  std::optional<TypeRef> type;
};

struct Param {
  Span span;
  Pattern* pattern;
  TypeRef type;
};

struct FnItem {
  std::string_view name;
  Span name_span;
  bool is_async = false;
  bool is_const = false;
  std::optional<SelfParam> self_param;
  std::vector<Param> params;
  std::optional<TypeRef> return_type;
  Block* body = nullptr;  // Null only after a reported error.
};

// `impl Type { ... }` or `impl Trait for Type { ... }`. Items are fns, consts and type aliases.
struct ImplItem {
  std::vector<std::string_view> generics;  // `impl<T: Bound>`: the type parameters' names
  TypeRef self_type;
  std::optional<Path> trait_path;
  std::vector<Item*> items;
};

// `const NAME: Type = value;` or `static NAME: Type = value;`.
struct ConstItem {
  std::string_view name;
  Span name_span;
  bool is_static = false;
  std::optional<TypeRef> type;
  Expr* value = nullptr;
};

// `type Output = String;`.
struct TypeAliasItem {
  std::string_view name;
  Span name_span;
  std::optional<TypeRef> type;
};

// `mod name { items }`: a module written inline.
struct ModItem {
  std::string_view name;
  Span name_span;
  std::vector<Item*> items;
};

// `trait Name: Bounds { items }`. Its fns without a body are required
// methods; those with one are defaults every impl gets unless it has its own.
// Consts may have a default value; associated types are parsed and ignored.
struct TraitItem {
  std::string_view name;
  Span name_span;
  std::vector<Item*> items;
};

using ItemNode =
    std::variant<UseItem, StructItem, EnumItem, FnItem, ImplItem, ConstItem, TypeAliasItem, ModItem, TraitItem>;

struct Item {
  Span span;
  std::vector<Attribute> attrs;
  bool is_pub = false;
  ItemNode node;

  template <class T>
  T* as() {
    return std::get_if<T>(&node);
  }
  template <class T>
  const T* as() const {
    return std::get_if<T>(&node);
  }
  // True if an attribute such as `tokio::main` or `test` is present.
  bool has_attr(std::string_view path) const;
};

// ---------------------------------------------------------------------------------------------
// The tree

// Owns every node. Each node type has its own deque, so pointers stay valid as nodes are added
// and destruction is a flat walk over each deque.
class Arena {
 public:
  template <class T, class... Args>
  T* make(Args&&... args) {
    std::deque<T>& d = store<T>();
    d.push_back(T{std::forward<Args>(args)...});
    return &d.back();
  }

 private:
  std::deque<Expr> exprs_;
  std::deque<Pattern> patterns_;
  std::deque<Stmt> stmts_;
  std::deque<Block> blocks_;
  std::deque<Item> items_;

  template <class T>
  std::deque<T>& store() {
    if constexpr (std::is_same_v<T, Expr>) return exprs_;
    if constexpr (std::is_same_v<T, Pattern>) return patterns_;
    if constexpr (std::is_same_v<T, Stmt>) return stmts_;
    if constexpr (std::is_same_v<T, Block>) return blocks_;
    if constexpr (std::is_same_v<T, Item>) return items_;
  }
};

// A parsed program: the source it was parsed from, its nodes and its top-level items.
struct Ast {
  std::string source;
  Arena arena;
  std::vector<Item*> items;
  std::vector<Attribute> inner_attrs;  // `#![...]` at the top of the file.
  // Names made for hygiene (`x` bound inside a macro body is `x` + kHygieneMark + expansion).
  std::deque<std::string> names;
  // Where macro expansions sit: a span inside a definition's rules with the line and column of
  // one of these call sites is in that expansion ("in this macro invocation").
  struct MacroSite {
    uint32_t body_begin, body_end, line, col;
  };
  std::vector<MacroSite> macro_sites;
  // True when `s` was written in a macro body and reached here through an expansion.
  bool in_expansion(const Span& s) const;

  // The `fn main` (async or not) among the top-level items, or null.
  const FnItem* main() const;
};

// Separates a local's name from its expansion in hygienic names.
constexpr char kHygieneMark = '\x1f';
// The name as written: `x` for the hygienic `x` + mark + expansion.
inline std::string_view written_name(std::string_view name) {
  size_t at = name.find(kHygieneMark);
  return at == std::string_view::npos ? name : name.substr(0, at);
}

// True for an item under `#[cfg(test)]` (left out of a `cargo run` build, as by rustc).
bool cfg_test(const Item& item);

// "println", "tokio::select"-style family name of a macro kind, e.g. "println" or "select".
const char* macro_kind_name(MacroKind kind);

}  // namespace ps::lang
