// The compiler: a checked syntax tree in, a Program of bytecode out.
//
// Pass 1 collects the items (structs, enums, fns, impls, consts, uses) so
// that bodies can refer to anything declared anywhere. Pass 2 compiles each
// body. Names resolve at compile time: locals to slots (captured variables of
// closures and async blocks to slots of their own), paths through `use`
// aliases to user items or to the runtime library's natives. Errors are
// located diagnostics; compilation goes on after one, so a program reports
// all of them at once.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "lang/compile/infer_numbers.h"
#include "lang/program/native_index.h"
#include "lang/program/program.h"
#include "lang/syntax/ast.h"

namespace ps::lang {

struct CompileResult {
  std::unique_ptr<Program> program;
  std::vector<Diagnostic> diagnostics;
  bool ok() const;
};

// Compiles a parsed program (its parse must have had no errors), resolving
// paths to the runtime library through `natives`.
CompileResult compile(const Ast& ast, const NativeIndex& natives);

// The one-line note on the runtime `#[tokio::main]` on `main` starts versus
// the one pollscope models, or empty when they are the same.
std::string runtime_note(const Item& main);

// Deepest nesting of closures and async blocks inside one another.
constexpr int kMaxFunctionNesting = 64;

class Compiler {
 public:
  Compiler(const Ast& ast, const NativeIndex& natives, Program& program, std::vector<Diagnostic>& diags)
      : ast_(ast), natives_(natives), prog_(program), diags_(diags) {}
  void run();

 private:
  // --- Per-function state ---------------------------------------------------
  struct Local {
    std::string name;
    uint32_t slot;
  };
  struct Scope {
    std::vector<Local> locals;
  };
  struct Loop {
    std::string label;
    uint32_t mark_slot;    // holds the operand-stack height at loop entry
    uint32_t result_slot;  // `break value` goes here
    size_t scope_depth;    // scopes to close on break/continue
    uint32_t continue_target;
    std::vector<size_t> breaks;  // jumps to patch to the loop's end
    bool is_block = false;       // a labeled block: only `break 'label` leaves it
  };
  struct Capture {
    std::string name;
    uint32_t inner_slot;
    // The body assigns to it or borrows it `&mut`: without `move` the closure
    // shares the variable's slot with its surroundings; with `move` it keeps
    // the value in a slot of its own, which lives as long as the closure.
    bool mutated = false;
  };
  struct FnState {
    FnState* enclosing = nullptr;
    uint32_t proto = 0;
    std::vector<Scope> scopes;
    // Per statement being compiled: the hidden locals holding its temporaries,
    // cleared (dropped) when the statement ends, as Rust drops temporaries.
    std::vector<std::vector<uint32_t>> temporaries;
    std::string error_type;  // `E` of a fn returning `Result<T, E>`
    std::vector<Loop> loops;
    std::vector<Capture> captures;
    bool move_captures = false;
    bool is_async = false;
    std::string self_type;  // inside impl blocks
    int32_t machine = -1;   // index in Program::machines for async bodies
  };

  // --- Pass 1: items ----------------------------------------------------------
  void collect(const std::vector<Item*>& items, const std::string& self_type);
  void collect_impl(const Item& item, const ImplItem& impl);
  // Traits (compile_traits.cpp).
  void collect_traits(const std::vector<Item*>& items);
  bool impl_for_other_type(const ImplItem& impl, const std::string& trait);
  void inherit_defaults(const std::string& trait, const ImplItem& impl, const std::string& type,
                        std::map<std::string, uint32_t, std::less<>>& methods);
  bool trait_call(const Expr& e, const CallExpr& c);
  uint32_t declare_fn(const FnItem& fn, const std::string& name, const std::string& self_type);
  void collect_use(const UseItem& use);
  void collect_modules(const std::vector<Item*>& items);
  void collect_type_alias(const TypeAliasItem& t);
  // Reports an item of a module whose name another item already has (one namespace for all).
  bool module_clash(const Span& at, const std::string& name, bool taken);

  // --- Pass 2: bodies ---------------------------------------------------------
  void compile_fn(uint32_t index, const FnItem& fn, const std::string& self_type);
  uint32_t compile_closure_like(const ClosureExpr* closure, const Block* async_body, bool is_move, const Span& span,
                                std::vector<Capture>& captures_out);

  // Blocks and statements (compile_block.cpp)
  void block(const Block& b);       // pushes the block's value
  void block_body(const Block& b);  // inside an already-open scope
  static std::string result_error_type(std::string_view text);
  bool same_error_type(const Expr& operand, const std::string& e);
  std::string turbofish_type(const MethodCallExpr& m);
  void open_temporaries();
  void close_temporaries();
  void keep_temporary(const Expr& produced);
  void stmt(const Stmt& s);
  void let_stmt(const LetStmt& l, const Span& span);
  void open_scope();
  void close_scope();                  // clears the scope's locals, newest first
  void clear_scopes_to(size_t depth);  // emits clears without popping scopes
  uint32_t declare_local(const std::string& name);
  uint32_t hidden_local(const char* what);

  // Expressions (compile_expr.cpp): each pushes exactly one value
  void expr(const Expr& e);
  void value_expr(const Expr& e);  // a use that moves a local
  void path_expr(const Expr& e, const Path& p, bool move);
  void call(const Expr& e, const CallExpr& c);
  void method_call(const Expr& e, const MethodCallExpr& m);
  void struct_lit(const Expr& e, const StructExpr& s);
  void assign(const Expr& e, const AssignExpr& a);
  void binary(const Expr& e, const BinaryExpr& b);
  void unary(const Expr& e, const UnaryExpr& u);
  // Pushes `&mut place` (a reference to the place) for any expression; a
  // value that is not a place becomes a temporary.
  void place_ref(const Expr& e);
  // Notes that the local in `slot` is assigned or borrowed `&mut` here: a
  // captured variable is then captured by reference (or kept mutable).
  void note_mutated(uint32_t slot);
  void closure(const Expr& e, const ClosureExpr& c);
  void capture_values(const std::vector<Capture>& caps, bool is_move);
  void async_block(const Expr& e, const BlockExpr& b);
  void await_expr(const Expr& e, const AwaitExpr& a);
  void cast(const Expr& e, const CastExpr& c);
  void literal(const Expr& e, const LitExpr& l);
  // Numbers (compile_numbers.cpp): typed constants, `T::MAX`, `T::from(x)`.
  void int_constant(const Span& at, wide_value v, NumKind k);
  void float_constant(double v, NumKind k);
  bool numeric_path(const Expr& e, const std::string& path);
  bool numeric_call(const Expr& e, const std::string& path, const CallExpr& c);
  bool negative_literal(const Expr& operand);
  NumKind literal_kind(const Expr& e, NumKind fallback) const;
  // Places (`x`, `a.b`, `v[i]`, `*r`): stores the value `value` pushes. With
  // `op` (compound assignment, `a.b += v`), stores the place's value `op` that
  // value. `span` locates the place's reads and writes; `not_place` is the
  // error for anything else.
  bool is_place(const Expr& e) const;
  bool store_place(const Expr& place, const std::function<void()>& value, std::optional<BinaryOp> op = {},
                   uint32_t span = 0, const char* not_place = "this expression is not a place that can be assigned");
  bool mem_call(const Expr& e, const std::string& path, const CallExpr& c);
  void native(const char* path, uint32_t argc, uint32_t span = 0);

  // Control flow (compile_control.cpp)
  void if_expr(const Expr& e, const IfExpr& i);
  void while_expr(const Expr& e, const WhileExpr& w);
  void loop_expr(const Expr& e, const LoopExpr& l);
  void for_expr(const Expr& e, const ForExpr& f);
  void match_expr(const Expr& e, const MatchExpr& m);
  void break_expr(const Expr& e, const BreakExpr& b);
  void continue_expr(const Expr& e, const ContinueExpr& c);
  void return_expr(const Expr& e, const ReturnExpr& r);
  void let_else(const LetStmt& l);
  void guarded_or_check(const Pattern& p, bool nested);
  void labeled_block(const Expr& e, const BlockExpr& b);
  Loop* find_loop(const Expr& e, std::string_view label);
  void begin_loop(std::string_view label, bool is_block = false);
  void end_loop();

  // Patterns (compile_pattern.cpp)
  // [v] -> [v, matched?]; never binds.
  void pattern_test(const Pattern& p);
  // [v] -> []; binds the pattern's names as new locals of the current scope.
  void pattern_bind(const Pattern& p);
  bool pattern_irrefutable(const Pattern& p);
  // True if the pattern has a `ref` binding (so matching borrows rather than moves).
  bool pattern_borrows(const Pattern& p) const;
  bool pattern_binds_nothing(const Pattern& p) const;
  // `A(x) | B(x)`: binds the names of whichever alternative matches.
  void or_bind(const OrPat& op);
  // Slice patterns `[first, .., last]`, `[x, rest @ ..]`, `[]`.
  size_t slice_rest(const SlicePat& s);
  void slice_element(const SlicePat& s, size_t i, size_t rest);
  void slice_test(const SlicePat& s);
  void slice_bind(const SlicePat& s);
  // Resolves `Some`, `Poll::Ready`, `Color::Red` to (enum id, variant); false if unknown.
  bool enum_variant(const Path& path, uint32_t& enum_id, uint32_t& variant, uint32_t& payloads);

  // Macros (compile_macro.cpp)
  void macro(const Expr& e, const MacroExpr& m);
  void format_call(const MacroExpr& m, bool newline);  // pushes the String
  void select_macro(const Expr& e, const MacroExpr& m);
  void join_macro(const Expr& e, const MacroExpr& m);

  // Names (compile_names.cpp)
  // Expands `use` aliases and re-exports: ["sleep"] -> "tokio::time::sleep".
  std::string canonical(const Path& p) const;
  std::string canonical_segments(const std::vector<std::string_view>& segs) const;
  bool lookup_local(const std::string& name, uint32_t& slot);
  bool lookup_local_exact(const std::string& name, uint32_t& slot);
  std::string type_name_of(const Path& p) const;  // resolves `Self`
  int32_t user_type(const std::string& name) const;
  int32_t user_enum(const std::string& name) const;
  int32_t user_fn(const std::string& name) const;
  // Resolves `Command::Get` of a variant declared with named fields: its field names.
  bool variant_fields(const Path& path, uint32_t& enum_id, uint32_t& variant, const std::vector<std::string>*& names);
  // `Command::Get { key, resp }`: pushes the enum value; false if the path names no such variant.
  bool enum_struct_lit(const Expr& e, const StructExpr& s);
  // Pushes the initializers of `names`, in that order, evaluated in the order they are written.
  void field_inits(const Expr& e, const StructExpr& s, const std::vector<std::string>& names, const std::string& kind,
                   const std::string& name);

  // --- Emitting -----------------------------------------------------------------
  size_t emit(Op op, uint32_t a = 0, uint32_t b = 0, uint32_t c = 0, uint32_t span = 0);
  void patch(size_t at);  // jump at `at` goes to the next instruction
  uint32_t here() const;
  uint32_t span_id(const Span& s);
  uint32_t str_const(std::string_view s);
  uint32_t int_const(int64_t v);
  FnProto& proto() { return prog_.fns[fn_->proto]; }
  void error(const Span& s, std::string message);

  const Ast& ast_;
  const NativeIndex& natives_;
  Program& prog_;
  std::vector<Diagnostic>& diags_;
  FnState* fn_ = nullptr;
  int fn_depth_ = 0;
  std::map<std::string, std::string, std::less<>> aliases_;  // local name -> canonical path
  std::map<std::string, uint32_t, std::less<>> fns_;         // "name" or "Type::name"
  // Method names some impl declares with `&self`/`&mut self`, and with `self`.
  std::map<std::string, bool, std::less<>> method_borrows_self_;
  std::map<std::string, bool, std::less<>> from_impls_;             // types with a user `impl From<X>`
  std::map<std::string, std::string, std::less<>> fn_error_types_;  // fn name -> its `Result`'s `E`
  std::map<std::string, uint32_t, std::less<>> types_;
  std::map<std::string, uint32_t, std::less<>> enums_;  // name -> enum id
  std::map<std::string, const ConstItem*, std::less<>> consts_;
  std::map<std::string, const TraitItem*, std::less<>> traits_;
  std::map<std::string, uint32_t, std::less<>> strings_;
  std::map<std::string, int32_t, std::less<>> derive_copy_;
  struct PendingFn {
    uint32_t index;
    const FnItem* fn;
    std::string self_type;
  };
  std::vector<PendingFn> pending_;
  NumberTypes numbers_;
  int const_depth_ = 0;
  // Inline modules share the program's namespace: their names are dropped from paths
  // (`timer::TimerFuture` is `TimerFuture`), and two items of the same name are refused.
  std::map<std::string, int, std::less<>> modules_;
  int module_depth_ = 0;
  // `type Responder<T> = oneshot::Sender<T>;`: the alias's name -> the target's path segments.
  std::map<std::string, std::vector<std::string>, std::less<>> type_aliases_;
  // `use Color::*;`: the enums whose variants are named without their enum.
  std::vector<std::string> glob_enums_;
};

}  // namespace ps::lang
