// Numeric type inference over function bodies (see infer_numbers.h): type
// variables joined by union-find, each either open or fixed to a NumKind.
// A variable may also stand for a collection (its element's variable) or a
// user struct (whose fields and methods have declared types).
#include "lang/compile/infer_numbers.h"

#include <map>
#include <string>
#include <vector>

namespace ps::lang {

namespace {

// The kind of a declared scalar type, after `&` / `&mut`.
std::string_view strip_refs(std::string_view t) {
  for (;;) {
    while (!t.empty() && (t.front() == ' ' || t.front() == '&')) t.remove_prefix(1);
    if (t.substr(0, 4) == "mut ") {
      t.remove_prefix(4);
      continue;
    }
    if (t.substr(0, 1) == "'") {  // a lifetime: &'a T
      size_t sp = t.find(' ');
      if (sp == std::string_view::npos) return t;
      t.remove_prefix(sp + 1);
      continue;
    }
    break;
  }
  while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
  return t;
}

// `Vec<T>`, `[T; N]`, `[T]`, `VecDeque<T>`: the element type's text.
bool element_type(std::string_view t, std::string_view& elem) {
  t = strip_refs(t);
  for (std::string_view head : {"Vec<", "VecDeque<", "std::vec::Vec<"}) {
    if (t.substr(0, head.size()) == head && t.back() == '>') {
      elem = t.substr(head.size(), t.size() - head.size() - 1);
      return true;
    }
  }
  if (t.size() > 2 && t.front() == '[' && t.back() == ']') {
    t = t.substr(1, t.size() - 2);
    size_t semi = t.rfind(';');
    elem = semi == std::string_view::npos ? t : t.substr(0, semi);
    return true;
  }
  return false;
}

// The comma-separated parts of `A, B<C, D>, E` at the top level.
std::vector<std::string_view> split_top(std::string_view t) {
  std::vector<std::string_view> parts;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (c == '<' || c == '(' || c == '[') ++depth;
    if (c == '>' || c == ')' || c == ']') --depth;
    if (c == ',' && depth == 0) {
      parts.push_back(t.substr(start, i - start));
      start = i + 1;
    }
  }
  if (start < t.size()) parts.push_back(t.substr(start));
  for (auto& p : parts) p = strip_refs(p);
  return parts;
}

// `Option<T>`, `Result<T, E>`, `Box<T>`, `Rc<T>`, ...: the type of the value inside.
bool wrapped_type(std::string_view t, std::string_view& inner) {
  t = strip_refs(t);
  for (std::string_view head : {"Option<", "Result<", "Box<", "Rc<", "Arc<", "Cell<", "RefCell<", "Mutex<",
                                "std::rc::Rc<", "std::sync::Arc<", "Reverse<", "Wrapping<"}) {
    if (t.substr(0, head.size()) == head && t.back() == '>') {
      std::vector<std::string_view> args = split_top(t.substr(head.size(), t.size() - head.size() - 1));
      if (args.empty()) return false;
      inner = args[0];
      return true;
    }
  }
  return false;
}

struct Sig {
  std::vector<std::string_view> params;  // type texts, without self
  std::string_view ret;
  std::string self_type;
};

class Infer {
 public:
  Infer(const Ast& ast, NumberTypes& out) : ast_(ast), out_(out) {}

  void run() {
    collect(ast_.items, "");
    for (auto& [name, c] : consts_) {
      scopes_.assign(1, {});
      if (c.second) unify(expr(*c.second), of_type(c.first, ""));
    }
    for (size_t i = 0; i < bodies_.size(); ++i) {
      auto [fn, self] = bodies_[i];
      body(*fn, self);
    }
    for (auto& [e, n] : lits_) {
      int r = find(n);
      if (nodes_[r].fixed)
        out_.literals[e] = nodes_[r].kind;
      else if (!nodes_[r].open && e->as<LitExpr>()->kind == LitKind::Int)
        out_.literals[e] = NumKind::I32;  // nothing else constrains it: Rust's default
    }
    for (auto& [e, n] : parses_) {
      int r = find(n);
      if (nodes_[r].fixed) out_.parses[e] = nodes_[r].kind;
    }
  }

 private:
  struct Node {
    int parent = 0;
    bool fixed = false;
    NumKind kind = NumKind::Int;
    int elem = -1;           // a collection's element, or the value an Option / Box / ... holds
    std::vector<int> items;  // a tuple's elements
    bool seq = false;        // a Vec, array or slice: its methods take usize indexes
    bool open = false;       // joined to something whose type this pass does not know
    std::string strukt;
  };

  // --- Variables -----------------------------------------------------------------------
  int fresh() {
    Node n;
    n.parent = static_cast<int>(nodes_.size());
    nodes_.push_back(n);
    return static_cast<int>(nodes_.size()) - 1;
  }
  // A variable for a value of unknown type (a closure parameter, a library result).
  int open() {
    int n = fresh();
    nodes_[n].open = true;
    return n;
  }
  int known(int n) { return n >= 0 ? n : open(); }
  int fixed(NumKind k) {
    int n = fresh();
    nodes_[n].fixed = true;
    nodes_[n].kind = k;
    return n;
  }
  int find(int n) {
    while (nodes_[n].parent != n) {
      nodes_[n].parent = nodes_[nodes_[n].parent].parent;
      n = nodes_[n].parent;
    }
    return n;
  }
  void unify(int a, int b) {
    if (a < 0 || b < 0) return;
    a = find(a), b = find(b);
    if (a == b) return;
    if (++unify_depth_ > 64) {
      --unify_depth_;
      return;
    }
    Node& x = nodes_[a];
    Node& y = nodes_[b];
    if (x.fixed && y.fixed && x.kind != y.kind) {  // a type error in Rust: leave both
      --unify_depth_;
      return;
    }
    int ex = x.elem, ey = y.elem;
    std::vector<int> ix = x.items, iy = y.items;
    if (y.fixed) {
      x.fixed = true;
      x.kind = y.kind;
    }
    if (x.strukt.empty()) x.strukt = y.strukt;
    x.open = x.open || y.open;
    x.seq = x.seq || y.seq;
    if (ex < 0) x.elem = ey;
    if (ix.empty()) nodes_[a].items = iy;
    y.parent = a;
    unify(ex, ey);
    for (size_t i = 0; i < ix.size() && i < iy.size(); ++i) unify(ix[i], iy[i]);
    --unify_depth_;
  }
  int elem(int n) {
    if (n < 0) return -1;
    int r = find(n);
    if (nodes_[r].elem < 0) {
      int e = nodes_[r].open ? open() : fresh();
      nodes_[find(n)].elem = e;
    }
    return nodes_[find(n)].elem;
  }
  std::string strukt(int n) { return n < 0 ? "" : nodes_[find(n)].strukt; }
  // Element i of a tuple variable (made open when the tuple's shape is unknown).
  int item(int n, size_t i) {
    if (n < 0) return -1;
    const std::vector<int>& items = nodes_[find(n)].items;
    return i < items.size() ? items[i] : -1;
  }
  int tuple_of(std::vector<int> items) {
    int n = fresh();
    nodes_[n].items = std::move(items);
    return n;
  }
  int wrap(int inner) {
    int n = fresh();
    nodes_[n].elem = inner;
    return n;
  }
  int struct_node(const std::string& name) {
    int n = fresh();
    nodes_[n].strukt = name;
    return n;
  }
  // A variable for a written type: a number, a collection of one, a struct, or open.
  int of_type(std::string_view text, const std::string& self_type) {
    std::string_view t = strip_refs(text);
    NumKind k;
    if (kind_from_name(t, k)) return fixed(k);
    std::string_view e;
    if (t.size() >= 2 && t.front() == '(' && t.back() == ')') {
      int n = fresh();
      std::vector<int> items;
      for (std::string_view part : split_top(t.substr(1, t.size() - 2))) items.push_back(of_type(part, self_type));
      nodes_[n].items = items;
      return n;
    }
    if (element_type(t, e) || wrapped_type(t, e)) {
      int n = fresh();
      nodes_[n].seq = element_type(t, e);
      nodes_[n].elem = of_type(e, self_type);
      return n;
    }
    if (t == "Self" && !self_type.empty()) return struct_node(self_type);
    if (fields_.count(std::string(t))) return struct_node(std::string(t));
    return open();
  }

  // --- Items ---------------------------------------------------------------------------
  void collect(const std::vector<Item*>& items, const std::string& self_type) {
    for (const Item* item : items) {
      if (const auto* s = item->as<StructItem>()) {
        auto& f = fields_[std::string(s->name)];
        for (size_t i = 0; i < s->fields.size(); ++i) {
          std::string name = s->fields[i].name.empty() ? std::to_string(i) : std::string(s->fields[i].name);
          f.push_back({name, s->fields[i].type.text});
        }
      } else if (const auto* en = item->as<EnumItem>()) {
        for (const Variant& v : en->variants) {
          std::vector<std::pair<std::string, std::string_view>> f;
          for (size_t i = 0; i < v.fields.size(); ++i)
            f.push_back(
                {v.fields[i].name.empty() ? std::to_string(i) : std::string(v.fields[i].name), v.fields[i].type.text});
          fields_[std::string(en->name) + "::" + std::string(v.name)] = f;
          fields_.emplace(std::string(v.name), f);  // `use Enum::*`
        }
      } else if (const auto* fn = item->as<FnItem>()) {
        Sig sig;
        for (const Param& p : fn->params) sig.params.push_back(p.type.text);
        if (fn->return_type) sig.ret = fn->return_type->text;
        sig.self_type = self_type;
        sigs_[self_type.empty() ? std::string(fn->name) : self_type + "::" + std::string(fn->name)] = sig;
        bodies_.push_back({fn, self_type});
      } else if (const auto* impl = item->as<ImplItem>()) {
        collect(impl->items,
                std::string(strip_refs(impl->self_type.name.empty() ? impl->self_type.text : impl->self_type.name)));
      } else if (const auto* c = item->as<ConstItem>()) {
        if (c->type) consts_[std::string(c->name)] = {c->type->text, c->value};
      }
    }
  }

  void body(const FnItem& fn, const std::string& self_type) {
    if (!fn.body) return;
    scopes_.clear();
    scopes_.emplace_back();
    self_type_ = self_type;
    if (fn.self_param && !self_type.empty()) scopes_.back()["self"] = struct_node(self_type);
    for (const Param& p : fn.params) bind(*p.pattern, of_type(p.type.text, self_type));
    ret_ = fn.return_type && !fn.is_async ? of_type(fn.return_type->text, self_type) : -1;
    if (fn.is_async && fn.return_type) ret_ = of_type(fn.return_type->text, self_type);
    unify(block(*fn.body), ret_);
  }

  // --- Bindings ------------------------------------------------------------------------
  void bind(const Pattern& p, int n) {
    if (const auto* id = p.as<IdentPat>()) {
      scopes_.back()[std::string(id->name)] = known(n);
      if (id->subpattern) bind(*id->subpattern, n);
    } else if (const auto* r = p.as<RefPat>()) {
      bind(*r->pattern, n);
    } else if (const auto* t = p.as<TuplePat>()) {
      for (size_t i = 0; i < t->elems.size(); ++i) bind(*t->elems[i], item(n, i));
    } else if (const auto* ts = p.as<TupleStructPat>()) {
      std::string_view head = ts->path.last();
      bool inner = head == "Some" || head == "Ok" || head == "Ready";
      int variant = inner ? -1 : struct_node(path_name(ts->path));
      for (size_t i = 0; i < ts->elems.size(); ++i)
        bind(*ts->elems[i], inner && ts->elems.size() == 1 ? elem(n) : field(variant, std::to_string(i)));
    } else if (const auto* s = p.as<StructPat>()) {
      for (const FieldPat& f : s->fields) bind(*f.pattern, field(struct_node(path_name(s->path)), f.name));
    } else if (const auto* o = p.as<OrPat>()) {
      for (const Pattern* q : o->alts) bind(*q, n);
    } else if (const auto* s = p.as<SlicePat>()) {
      for (const Pattern* q : s->elems) bind(*q, elem(n));
    } else if (const auto* l = p.as<LitPat>()) {
      unify(expr(*l->value), n);
    } else if (const auto* r = p.as<RangePat>()) {
      if (r->lo) unify(expr(*r->lo), n);
      if (r->hi) unify(expr(*r->hi), n);
    }
  }
  // `Enum::Variant`, `Self::Variant` or `Name` as the key of fields_.
  std::string path_name(const Path& p) {
    if (p.segments.size() == 2)
      return (p.segments[0].name == "Self" ? self_type_ : std::string(p.segments[0].name)) +
             "::" + std::string(p.segments[1].name);
    return std::string(p.last());
  }
  // A hygienic name a macro body did not bind itself names the local as written.
  int lookup(std::string_view name) {
    for (size_t i = scopes_.size(); i-- > 0;) {
      auto it = scopes_[i].find(std::string(name));
      if (it != scopes_[i].end()) return it->second;
    }
    if (written_name(name) != name) return lookup(written_name(name));
    return -1;
  }
  int field(int base, std::string_view name) {
    auto it = fields_.find(strukt(base));
    if (it == fields_.end()) return -1;
    for (const auto& [fname, type] : it->second)
      if (fname == name) return of_type(type, it->first);
    return -1;
  }

  // --- Blocks and statements -----------------------------------------------------------
  int block(const Block& b) {
    scopes_.emplace_back();
    for (const Stmt* s : b.stmts) stmt(*s);
    int r = b.tail ? expr(*b.tail) : -1;
    scopes_.pop_back();
    return r;
  }
  void stmt(const Stmt& s) {
    if (const auto* l = s.as<LetStmt>()) {
      int t = l->type ? of_type(l->type->text, self_type_) : -1;
      int i = l->init ? expr(*l->init) : -1;
      if (l->init && t >= 0) expect_parse(*l->init, t);
      if (l->else_block) block(*l->else_block);
      unify(t, i);
      bind(*l->pattern, t >= 0 ? t : i);
    } else if (const auto* e = s.as<ExprStmt>()) {
      expr(*e->expr);
    } else if (const auto* i = s.as<ItemStmt>()) {
      collect({i->item}, "");
    }
  }
  // `s.parse().unwrap()`, `s.parse()?`, `s.parse().expect(..)` flowing into a numeric place.
  void expect_parse(const Expr& e, int target) {
    const Expr* x = &e;
    for (;;) {
      if (const auto* t = x->as<TryExpr>()) {
        x = t->operand;
      } else if (const auto* m = x->as<MethodCallExpr>();
                 m && (m->name == "unwrap" || m->name == "expect" || m->name == "unwrap_or" ||
                       m->name == "unwrap_or_default")) {
        if (m->name == "unwrap_or" && !m->args.empty()) unify(expr_cached(*m->args[0]), target);
        x = m->receiver;
      } else {
        break;
      }
    }
    if (const auto* m = x->as<MethodCallExpr>(); m && m->name == "parse") {
      auto it = parse_nodes_.find(x);
      if (it != parse_nodes_.end()) unify(it->second, target);
    }
  }
  int expr_cached(const Expr& e) {
    auto it = seen_.find(&e);
    return it == seen_.end() ? -1 : it->second;
  }

  // --- Expressions ---------------------------------------------------------------------
  int expr(const Expr& e) {
    int n = expr_node(e);
    if (n >= 0) seen_[&e] = n;
    return n;
  }
  int walk_all(const std::vector<Expr*>& es) {
    int first = -1;
    for (const Expr* x : es) {
      int n = expr(*x);
      if (first < 0) first = n;
    }
    return first;
  }

  int expr_node(const Expr& e) {
    if (const auto* l = e.as<LitExpr>()) return literal(e, *l);
    if (const auto* p = e.as<PathExpr>()) return path(p->path);
    if (const auto* c = e.as<CallExpr>()) return call(*c);
    if (const auto* m = e.as<MethodCallExpr>()) return method(e, *m);
    if (const auto* f = e.as<FieldExpr>()) return field(expr(*f->base), f->name);
    if (const auto* t = e.as<TupleIndexExpr>()) {
      int b = expr(*t->base);
      int i = item(b, t->index);
      return i >= 0 ? i : field(b, std::to_string(t->index));
    }
    if (const auto* i = e.as<IndexExpr>()) {
      int b = expr(*i->base);
      int k = expr(*i->index);
      if (i->index->is<RangeExpr>()) {
        unify(elem(k), fixed(NumKind::Usize));
        return b;
      }
      unify(k, fixed(NumKind::Usize));
      return elem(b);
    }
    if (const auto* u = e.as<UnaryExpr>()) return expr(*u->operand);
    if (const auto* b = e.as<BinaryExpr>()) {
      int l = known(expr(*b->lhs)), r = known(expr(*b->rhs));
      switch (b->op) {
        case BinaryOp::Shl:
        case BinaryOp::Shr: return l;
        case BinaryOp::And:
        case BinaryOp::Or: return -1;
        case BinaryOp::Eq:
        case BinaryOp::Ne:
        case BinaryOp::Lt:
        case BinaryOp::Le:
        case BinaryOp::Gt:
        case BinaryOp::Ge: unify(l, r); return -1;
        default: unify(l, r); return l;
      }
    }
    if (const auto* a = e.as<AssignExpr>()) {
      int l = known(expr(*a->lhs)), r = known(expr(*a->rhs));
      if (!a->op || (*a->op != BinaryOp::Shl && *a->op != BinaryOp::Shr)) unify(l, r);
      if (!a->op) expect_parse(*a->rhs, l);
      return -1;
    }
    if (const auto* r = e.as<RangeExpr>()) {
      int s = r->start ? expr(*r->start) : -1;
      int t = r->end ? expr(*r->end) : -1;
      unify(s, t);
      int n = fresh();
      unify(elem(n), s >= 0 ? s : t);
      return n;
    }
    if (const auto* c = e.as<CastExpr>()) {
      expr(*c->value);
      NumKind k;
      return kind_from_name(strip_refs(c->type.text), k) ? fixed(k) : -1;
    }
    if (const auto* b = e.as<BlockExpr>()) return block(*b->block);
    if (const auto* i = e.as<IfExpr>()) {
      int c = expr(*i->cond);
      scopes_.emplace_back();
      if (i->let_pattern) bind(*i->let_pattern, c);
      int t = block(*i->then_block);
      scopes_.pop_back();
      int f = i->else_branch ? expr(*i->else_branch) : -1;
      unify(t, f);
      return t;
    }
    if (const auto* w = e.as<WhileExpr>()) {
      int c = expr(*w->cond);
      scopes_.emplace_back();
      if (w->let_pattern) bind(*w->let_pattern, -1);
      (void)c;
      block(*w->body);
      scopes_.pop_back();
      return -1;
    }
    if (const auto* l = e.as<LoopExpr>()) {
      block(*l->body);
      return -1;
    }
    if (const auto* f = e.as<ForExpr>()) {
      int it = expr(*f->iter);
      scopes_.emplace_back();
      bind(*f->pattern, elem(it));
      block(*f->body);
      scopes_.pop_back();
      return -1;
    }
    if (const auto* m = e.as<MatchExpr>()) {
      int s = expr(*m->scrutinee);
      int r = -1;
      for (const MatchArm& arm : m->arms) {
        scopes_.emplace_back();
        bind(*arm.pattern, s);
        if (arm.guard) expr(*arm.guard);
        int b = expr(*arm.body);
        if (r < 0)
          r = b;
        else
          unify(r, b);
        scopes_.pop_back();
      }
      return r;
    }
    if (const auto* b = e.as<BreakExpr>()) {
      if (b->value) expr(*b->value);
      return -1;
    }
    if (const auto* r = e.as<ReturnExpr>()) {
      if (r->value) unify(expr(*r->value), ret_);
      return -1;
    }
    if (const auto* c = e.as<ClosureExpr>()) {
      int saved = ret_;
      ret_ = c->return_type ? of_type(c->return_type->text, self_type_) : -1;
      scopes_.emplace_back();
      for (const ClosureParam& p : c->params) bind(*p.pattern, p.type ? of_type(p.type->text, self_type_) : -1);
      unify(expr(*c->body), ret_);
      scopes_.pop_back();
      ret_ = saved;
      return -1;
    }
    if (const auto* a = e.as<AwaitExpr>()) {
      expr(*a->future);
      return -1;
    }
    if (const auto* t = e.as<TryExpr>()) return elem(known(expr(*t->operand)));
    if (const auto* s = e.as<StructExpr>()) {
      std::string name = std::string(s->path.last());
      if (name == "Self") name = self_type_;
      if (s->path.segments.size() == 2)
        name = (s->path.segments[0].name == "Self" ? self_type_ : std::string(s->path.segments[0].name)) + "::" + name;
      int n = struct_node(name);
      for (const FieldInit& f : s->fields) unify(expr(*f.value), field(n, f.name));
      if (s->base) expr(*s->base);
      return n;
    }
    if (const auto* t = e.as<TupleExpr>()) {
      std::vector<int> items;
      for (const Expr* x : t->elems) items.push_back(known(expr(*x)));
      return tuple_of(std::move(items));
    }
    if (const auto* p = e.as<ParenExpr>()) return expr(*p->inner);
    if (const auto* a = e.as<ArrayExpr>()) return sequence(a->elems);
    if (const auto* r = e.as<RepeatExpr>()) {
      int n = fresh();
      nodes_[n].seq = true;
      unify(elem(n), expr(*r->value));
      unify(expr(*r->count), fixed(NumKind::Usize));
      return n;
    }
    if (const auto* m = e.as<MacroExpr>()) return macro(*m);
    return -1;
  }

  int sequence(const std::vector<Expr*>& elems) {
    int n = fresh();
    nodes_[n].seq = true;
    int el = elem(n);
    for (const Expr* x : elems) unify(el, expr(*x));
    return n;
  }

  int macro(const MacroExpr& m) {
    if (m.kind == MacroKind::Vec) {
      if (m.repeat_count) {
        int n = fresh();
        nodes_[n].seq = true;
        if (!m.args.empty()) unify(elem(n), expr(*m.args[0]));
        unify(expr(*m.repeat_count), fixed(NumKind::Usize));
        return n;
      }
      return sequence(m.args);
    }
    if ((m.kind == MacroKind::AssertEq || m.kind == MacroKind::AssertNe) && m.args.size() >= 2) {
      unify(expr(*m.args[0]), expr(*m.args[1]));
      for (size_t i = 2; i < m.args.size(); ++i) expr(*m.args[i]);
    } else {
      walk_all(m.args);
    }
    for (const FormatArg& a : m.format_args) expr(*a.value);
    if (m.pattern) {
      scopes_.emplace_back();
      bind(*m.pattern, -1);
      if (m.guard) expr(*m.guard);
      scopes_.pop_back();
    }
    for (const SelectBranch& b : m.branches) {
      expr(*b.future);
      scopes_.emplace_back();
      bind(*b.pattern, -1);
      if (b.guard) expr(*b.guard);
      expr(*b.body);
      scopes_.pop_back();
    }
    if (m.else_body) expr(*m.else_body);
    return -1;
  }

  int literal(const Expr& e, const LitExpr& l) {
    if (l.kind != LitKind::Int && l.kind != LitKind::Float) return -1;
    NumKind k;
    int n = fresh();
    if (!l.suffix.empty() && kind_from_name(l.suffix, k)) n = fixed(k);
    lits_.push_back({&e, n});
    return n;
  }

  // `T::MAX` and friends, locals, consts.
  int path(const Path& p) {
    if (p.segments.size() == 1) {
      int n = lookup(p.segments[0].name);
      if (n >= 0) return n;
      auto c = consts_.find(std::string(p.segments[0].name));
      if (c != consts_.end()) return of_type(c->second.first, "");
      return -1;
    }
    NumKind k;
    for (const PathSegment& s : p.segments)
      if (kind_from_name(s.name, k)) return fixed(k);
    return -1;
  }

  int call(const CallExpr& c) {
    const auto* p = c.callee->as<PathExpr>();
    if (!p) {
      expr(*c.callee);
      walk_all(c.args);
      return -1;
    }
    const Path& path = p->path;
    std::string_view last = path.last();
    if (c.args.size() == 1 && (last == "Some" || last == "Ok" ||
                               (last == "new" && path.segments.size() >= 2 &&
                                (path.segments[path.segments.size() - 2].name == "Box" ||
                                 path.segments[path.segments.size() - 2].name == "Rc" ||
                                 path.segments[path.segments.size() - 2].name == "Arc" ||
                                 path.segments[path.segments.size() - 2].name == "Cell" ||
                                 path.segments[path.segments.size() - 2].name == "RefCell" ||
                                 path.segments[path.segments.size() - 2].name == "Mutex"))))
      return wrap(known(expr(*c.args[0])));
    if (c.args.size() == 1 && last == "Err") {
      expr(*c.args[0]);
      return wrap(open());
    }
    std::string name;
    if (path.segments.size() == 1) {
      name = std::string(path.segments[0].name);
    } else if (path.segments.size() == 2) {
      std::string type = std::string(path.segments[0].name);
      if (type == "Self") type = self_type_;
      name = type + "::" + std::string(path.segments[1].name);
      NumKind k;
      if (kind_from_name(type, k)) {  // `u64::from(x)`, `i32::pow(x, 2)`, `u8::try_from(x)`
        std::string_view fn = path.segments[1].name;
        walk_all(c.args);
        if (fn == "from" || fn == "max" || fn == "min") return fixed(k);
        return -1;
      }
    }
    auto it = sigs_.find(name);
    if (it == sigs_.end()) {
      auto f = fields_.find(name);  // a tuple struct's constructor
      if (f != fields_.end()) {
        int n = struct_node(name);
        for (size_t i = 0; i < c.args.size(); ++i) unify(expr(*c.args[i]), field(n, std::to_string(i)));
        return n;
      }
      for (const Expr* a : c.args) unify(expr(*a), open());
      return -1;
    }
    const Sig& sig = it->second;
    size_t skip =
        c.args.size() > sig.params.size() ? c.args.size() - sig.params.size() : 0;  // `Type::method(self, ..)`
    for (size_t i = 0; i < c.args.size(); ++i) {
      int a = expr(*c.args[i]);
      if (i >= skip) unify(a, of_type(sig.params[i - skip], sig.self_type));
    }
    return sig.ret.empty() ? -1 : of_type(sig.ret, sig.self_type);
  }

  // Methods whose arguments have the receiver's type, and what each gives.
  int method(const Expr& e, const MethodCallExpr& m) {
    int r = known(expr(*m.receiver));
    std::string_view n = m.name;
    std::vector<int> args;
    for (const Expr* a : m.args) args.push_back(expr(*a));
    std::string s = strukt(r);
    if (!s.empty()) {
      auto it = sigs_.find(s + "::" + std::string(n));
      if (it != sigs_.end()) {
        const Sig& sig = it->second;
        for (size_t i = 0; i < args.size() && i < sig.params.size(); ++i)
          unify(args[i], of_type(sig.params[i], sig.self_type));
        return sig.ret.empty() ? -1 : of_type(sig.ret, sig.self_type);
      }
    }
    auto starts = [&](std::string_view p) { return n.substr(0, p.size()) == p; };
    bool shift = n.find("sh") != std::string_view::npos &&
                 (n.find("shl") != std::string_view::npos || n.find("shr") != std::string_view::npos);
    bool pow = n.find("pow") != std::string_view::npos && n != "next_power_of_two" && n != "is_power_of_two" &&
               n != "checked_next_power_of_two" && n != "powf";
    if (shift || pow || n == "rotate_left" || n == "rotate_right") {
      for (int a : args) unify(a, fixed(n == "powi" ? NumKind::I32 : NumKind::U32));
    } else if (starts("wrapping_") || starts("checked_") || starts("saturating_") || starts("overflowing_") ||
               n == "min" || n == "max" || n == "clamp" || n == "rem_euclid" || n == "div_euclid" || n == "abs_diff" ||
               n == "powf" || n == "atan2" || n == "hypot" || n == "mul_add" || n == "eq" || n == "ne" || n == "lt" ||
               n == "le" || n == "gt" || n == "ge" || n == "cmp" || n == "partial_cmp" || n == "copysign" ||
               n == "log" || n == "total_cmp") {
      for (int a : args) unify(a, r);
    } else if (n == "push" || n == "contains" || n == "push_back" || n == "push_front" || n == "fill" ||
               n == "starts_with_elem") {
      for (int a : args) unify(a, elem(r));
    } else if (n == "insert" && args.size() == 2 && nodes_[find(r)].seq) {
      unify(args[0], fixed(NumKind::Usize));
      unify(args[1], elem(r));
    } else if (n == "get" || n == "remove" || n == "swap" || n == "truncate" || n == "split_off" ||
               n == "with_capacity" || n == "get_mut" || n == "nth" || n == "skip" || n == "take" || n == "step_by") {
      bool seq = nodes_[find(r)].seq || n == "nth" || n == "skip" || n == "take" || n == "step_by" ||
                 n == "with_capacity" || n == "truncate";
      for (size_t i = 0; i < args.size(); ++i) {
        const auto* u = m.args[i]->as<UnaryExpr>();
        bool by_ref = u && (u->op == UnaryOp::Ref || u->op == UnaryOp::RefMut);
        unify(args[i], seq && !by_ref ? fixed(NumKind::Usize) : open());
      }
    } else {
      for (int a : args) unify(a, open());  // a method this pass does not know: its parameter types are unknown
    }
    if (n == "parse") {
      int t = fresh();
      parse_nodes_[&e] = t;
      parses_.push_back({&e, t});
      std::string_view rest = std::string_view(ast_.source).substr(m.name_span.end());
      if (rest.substr(0, 3) == "::<") {
        size_t close = rest.find('>');
        NumKind k;
        if (close != std::string_view::npos && kind_from_name(strip_refs(rest.substr(3, close - 3)), k))
          unify(t, fixed(k));
      }
      return -1;
    }
    if (n == "unwrap" || n == "expect" || n == "unwrap_or_default" || n == "unwrap_or" || n == "lock" ||
        n == "borrow" || n == "borrow_mut" || n == "get_mut") {
      if (n == "unwrap_or" && !args.empty()) unify(args[0], elem(r));
      return elem(r);
    }
    if (n == "get" || n == "first" || n == "last" || n == "pop" || n == "next" ||
        ((n == "max" || n == "min") && args.empty()))
      return wrap(elem(r));
    if (n == "take" || n == "as_ref" || n == "as_mut" || n == "copied" || n == "cloned") return r;
    if (n == "len" || n == "count" || n == "capacity" || n == "len_utf8") return fixed(NumKind::Usize);
    if (n == "count_ones" || n == "count_zeros" || n == "leading_zeros" || n == "trailing_zeros" ||
        n == "leading_ones" || n == "trailing_ones" || n == "ilog2" || n == "ilog10" || n == "subsec_millis" ||
        n == "subsec_micros" || n == "subsec_nanos")
      return fixed(NumKind::U32);
    if (n == "as_secs") return fixed(NumKind::U64);
    if (n == "to_digit") return wrap(fixed(NumKind::U32));
    if (n == "as_millis" || n == "as_micros" || n == "as_nanos") return fixed(NumKind::U128);
    if (n == "as_secs_f64") return fixed(NumKind::F64);
    if (n == "as_secs_f32") return fixed(NumKind::F32);
    if (n == "iter" || n == "iter_mut" || n == "into_iter" || n == "clone" || n == "to_owned" || n == "rev" ||
        n == "copied" || n == "cloned" || n == "to_vec" || n == "skip" || n == "take" || n == "step_by")
      return r;
    if (n == "sum" || n == "product" || n == "max" || n == "min") {
      if (n == "max" || n == "min") {
        if (!args.empty()) return r;
        return -1;
      }
      return elem(r);
    }
    if (starts("wrapping_") || starts("saturating_") || n == "pow" || n == "abs" || n == "signum" || n == "clamp" ||
        n == "rem_euclid" || n == "div_euclid" || n == "rotate_left" || n == "rotate_right" || n == "swap_bytes" ||
        n == "to_be" || n == "to_le" || n == "next_power_of_two" || n == "sqrt" || n == "floor" || n == "ceil" ||
        n == "round" || n == "trunc" || n == "fract" || n == "powi" || n == "powf" || n == "exp" || n == "ln" ||
        n == "sin" || n == "cos" || n == "tan" || n == "recip" || n == "reverse_bits" || n == "isqrt" || n == "cbrt" ||
        n == "log10" || n == "log2" || n == "hypot" || n == "atan2" || n == "mul_add" || n == "to_degrees" ||
        n == "to_radians" || n == "copysign")
      return r;
    return -1;
  }

  const Ast& ast_;
  NumberTypes& out_;
  std::vector<Node> nodes_;
  std::vector<std::pair<const Expr*, int>> lits_;
  std::vector<std::pair<const Expr*, int>> parses_;
  std::map<const Expr*, int> parse_nodes_;
  std::map<const Expr*, int> seen_;
  std::map<std::string, std::vector<std::pair<std::string, std::string_view>>> fields_;
  std::map<std::string, Sig> sigs_;
  std::map<std::string, std::pair<std::string_view, const Expr*>> consts_;
  std::vector<std::pair<const FnItem*, std::string>> bodies_;
  std::vector<std::map<std::string, int>> scopes_;
  std::string self_type_;
  int ret_ = -1;
  int unify_depth_ = 0;
};

}  // namespace

bool numeric_type(std::string_view text, NumKind& k) { return kind_from_name(strip_refs(text), k); }

void infer_numbers(const Ast& ast, NumberTypes& out) { Infer(ast, out).run(); }

}  // namespace ps::lang
