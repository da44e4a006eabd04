// Lazy iterators: the sources (Vec, range, list, string chars) and the
// adapters (map, filter, enumerate, rev, take, skip, zip, chain, step_by,
// flat_map, peekable, ...). Each is an IterObj whose next() pulls one item
// from its source, so closures run in the order Rust runs them. `rev` walks
// Vec, range and list sources backwards and pushes itself below map/filter;
// other sources are drained first. Consumers live in natives_iter_consume.cpp.
#include <algorithm>
#include <limits>

#include "lang/lib/std/std_internal.h"

namespace ps::lang {
namespace stdlib {

namespace {

constexpr size_t kLive = std::numeric_limits<size_t>::max();

// A Vec walked by index over [lo, hi), reading the live vector: Rust forbids
// changing a Vec while it is iterated, so this sees what a snapshot would.
struct VecIter final : IterObj {
  VecIter(Value v, size_t lo, size_t hi, bool rev) : vec(std::move(v)), lo(lo), hi(hi), reverse(rev) {}
  bool next(Interp&, Value& out) override {
    const auto& items = vec.as<VecObj>()->items;
    hi = std::min(hi, items.size());
    if (lo >= hi) return false;
    out = reverse ? items[--hi] : items[lo++];
    return true;
  }
  Value vec;
  size_t lo, hi;
  bool reverse;
};

struct ListIter final : IterObj {
  explicit ListIter(std::vector<Value> v) : items(std::move(v)) {}
  bool next(Interp&, Value& out) override {
    if (pos >= items.size()) return false;
    out = std::move(items[pos++]);
    return true;
  }
  std::vector<Value> items;
  size_t pos = 0;
};

struct RangeIter final : IterObj {
  RangeIter(int64_t lo, int64_t hi, bool bounded, bool rev, NumKind k)
      : lo(lo), hi(hi), bounded(bounded), reverse(rev), kind(k) {}
  bool next(Interp& in, Value& out) override {
    if (bounded && lo >= hi) return false;
    if (reverse) {
      out = Value::integer(--hi, kind);
    } else {
      if (!bounded && lo == std::numeric_limits<int64_t>::max()) return !in.fail("attempt to add with overflow");
      out = Value::integer(lo++, kind);
    }
    return true;
  }
  int64_t lo, hi;
  bool bounded, reverse;
  NumKind kind;
};

struct CharsIter final : IterObj {
  explicit CharsIter(Value s) : str(std::move(s)) {}
  bool next(Interp&, Value& out) override {
    const std::string& t = str.as<StrObj>()->text;
    if (pos >= t.size()) return false;
    size_t len;
    out = Value::character(utf8_decode(t, pos, len));
    pos += len;
    return true;
  }
  Value str;
  size_t pos = 0;
};

struct MapIter final : IterObj {
  MapIter(Value s, Value f) : src(std::move(s)), fn(std::move(f)) {}
  bool next(Interp& in, Value& out) override {
    Value item;
    return iter_next(in, src, item) && call1(in, fn, item, out);
  }
  Value src, fn;
};

struct FilterIter final : IterObj {
  FilterIter(Value s, Value f) : src(std::move(s)), fn(std::move(f)) {}
  bool next(Interp& in, Value& out) override {
    while (iter_next(in, src, out)) {
      bool keep;
      if (!test1(in, fn, out, keep)) return false;
      if (keep) return true;
    }
    return false;
  }
  Value src, fn;
};

// filter_map (Option results) and map_while (stops at the first None).
struct FilterMapIter final : IterObj {
  FilterMapIter(Value s, Value f, bool stop) : src(std::move(s)), fn(std::move(f)), stop_at_none(stop) {}
  bool next(Interp& in, Value& out) override {
    Value item, r;
    while (!done && iter_next(in, src, item)) {
      if (!call1(in, fn, item, r)) return false;
      if (!is_enum(r, kOption)) return !in.fail("mismatched types: expected `Option`");
      if (r.as<EnumObj>()->variant == kSome) {
        out = payload0(r);
        return true;
      }
      if (stop_at_none) done = true;
    }
    return false;
  }
  Value src, fn;
  bool stop_at_none, done = false;
};

struct EnumerateIter final : IterObj {
  explicit EnumerateIter(Value s) : src(std::move(s)) {}
  bool next(Interp& in, Value& out) override {
    Value item;
    if (!iter_next(in, src, item)) return false;
    out = make_tuple({Value::integer(index++, NumKind::Usize), std::move(item)});
    return true;
  }
  Value src;
  int64_t index = 0;
};

struct TakeIter final : IterObj {
  TakeIter(Value s, size_t n) : src(std::move(s)), left(n) {}
  bool next(Interp& in, Value& out) override {
    if (left == 0) return false;
    --left;
    return iter_next(in, src, out);
  }
  Value src;
  size_t left;
};

struct SkipIter final : IterObj {
  SkipIter(Value s, size_t n) : src(std::move(s)), skip(n) {}
  bool next(Interp& in, Value& out) override {
    for (; skip > 0; --skip)
      if (!iter_next(in, src, out)) return false;
    return iter_next(in, src, out);
  }
  Value src;
  size_t skip;
};

struct StepByIter final : IterObj {
  StepByIter(Value s, size_t n) : src(std::move(s)), step(n) {}
  bool next(Interp& in, Value& out) override {
    if (!first)
      for (size_t i = 1; i < step; ++i)
        if (!iter_next(in, src, out)) return false;
    first = false;
    return iter_next(in, src, out);
  }
  Value src;
  size_t step;
  bool first = true;
};

struct ZipIter final : IterObj {
  ZipIter(Value x, Value y) : a(std::move(x)), b(std::move(y)) {}
  bool next(Interp& in, Value& out) override {
    Value x, y;
    if (!iter_next(in, a, x) || !iter_next(in, b, y)) return false;
    out = make_tuple({std::move(x), std::move(y)});
    return true;
  }
  Value a, b;
};

struct ChainIter final : IterObj {
  ChainIter(Value x, Value y) : a(std::move(x)), b(std::move(y)) {}
  bool next(Interp& in, Value& out) override {
    if (!first_done) {
      if (iter_next(in, a, out)) return true;
      if (in.failed()) return false;
      first_done = true;
    }
    return iter_next(in, b, out);
  }
  Value a, b;
  bool first_done = false;
};

// take_while / skip_while.
struct WhileIter final : IterObj {
  WhileIter(Value s, Value f, bool take) : src(std::move(s)), fn(std::move(f)), take(take) {}
  bool next(Interp& in, Value& out) override {
    if (done) return false;
    while (iter_next(in, src, out)) {
      if (!take && passed) return true;
      bool ok;
      if (!test1(in, fn, out, ok)) return false;
      if (take) {
        if (ok) return true;
        done = true;
        return false;
      }
      if (!ok) {
        passed = true;
        return true;
      }
    }
    return false;
  }
  Value src, fn;
  bool take, done = false, passed = false;
};

struct InspectIter final : IterObj {
  InspectIter(Value s, Value f) : src(std::move(s)), fn(std::move(f)) {}
  bool next(Interp& in, Value& out) override {
    Value ignored;
    return iter_next(in, src, out) && call1(in, fn, out, ignored);
  }
  Value src, fn;
};

// flat_map (fn set) and flatten (fn unit).
struct FlatIter final : IterObj {
  FlatIter(Value s, Value f) : src(std::move(s)), fn(std::move(f)) {}
  bool next(Interp& in, Value& out) override {
    for (;;) {
      if (cur.is_obj()) {
        if (iter_next(in, cur, out)) return true;
        if (in.failed()) return false;
        cur = Value();
      }
      Value item, inner;
      if (!iter_next(in, src, item)) return false;
      if (fn.is_unit())
        inner = item;
      else if (!call1(in, fn, item, inner))
        return false;
      if (!make_iter(in, inner, cur)) return false;
    }
  }
  Value src, fn, cur;
};

struct ClonedIter final : IterObj {
  explicit ClonedIter(Value s) : src(std::move(s)) {}
  bool next(Interp& in, Value& out) override {
    Value item;
    if (!iter_next(in, src, item)) return false;
    out = in.clone_value(item);
    return true;
  }
  Value src;
};

struct CycleIter final : IterObj {
  explicit CycleIter(std::vector<Value> v) : items(std::move(v)) {}
  bool next(Interp&, Value& out) override {
    if (items.empty()) return false;
    out = items[pos++ % items.size()];
    return true;
  }
  std::vector<Value> items;
  size_t pos = 0;
};

Value adopt(IterObj* it) { return Value::adopt(it); }

bool source(Interp& in, const Value& v, Value& out) { return make_iter(in, v, out); }

// The reversed iterator of `it` (already an iterator value).
bool reversed(Interp& in, const Value& it, Value& out) {
  IterObj* o = it.as<IterObj>();
  if (auto* v = dynamic_cast<VecIter*>(o)) {
    out = adopt(new VecIter(v->vec, v->lo, std::min(v->hi, v->vec.as<VecObj>()->items.size()), !v->reverse));
    return true;
  }
  if (auto* r = dynamic_cast<RangeIter*>(o)) {
    if (!r->bounded) return in.fail("unsupported: `rev` of an unbounded range");
    out = adopt(new RangeIter(r->lo, r->hi, true, !r->reverse, r->kind));
    return true;
  }
  if (auto* m = dynamic_cast<MapIter*>(o)) {
    Value s;
    if (!reversed(in, m->src, s)) return false;
    out = adopt(new MapIter(s, m->fn));
    return true;
  }
  if (auto* f = dynamic_cast<FilterIter*>(o)) {
    Value s;
    if (!reversed(in, f->src, s)) return false;
    out = adopt(new FilterIter(s, f->fn));
    return true;
  }
  if (auto* c = dynamic_cast<ClonedIter*>(o)) {
    Value s;
    if (!reversed(in, c->src, s)) return false;
    out = adopt(new ClonedIter(s));
    return true;
  }
  if (auto* c = dynamic_cast<ChainIter*>(o); c && !c->first_done) {
    Value x, y;
    if (!reversed(in, c->b, x) || !reversed(in, c->a, y)) return false;
    out = adopt(new ChainIter(x, y));
    return true;
  }
  std::vector<Value> items;
  if (!collect_all(in, it, items)) return false;
  std::reverse(items.begin(), items.end());
  out = list_iter(std::move(items));
  return true;
}

// --- Adapter natives (args[0]: anything iterable) -----------------------------------

template <class T>
bool with_fn(Interp& in, Value* a, uint32_t, Value& out) {
  Value s;
  if (!source(in, a[0], s)) return false;
  out = adopt(new T(s, a[1]));
  return true;
}

template <bool Stop>
bool filter_map(Interp& in, Value* a, uint32_t, Value& out) {
  Value s;
  if (!source(in, a[0], s)) return false;
  out = adopt(new FilterMapIter(s, a[1], Stop));
  return true;
}

template <bool Take>
bool while_adapter(Interp& in, Value* a, uint32_t, Value& out) {
  Value s;
  if (!source(in, a[0], s)) return false;
  out = adopt(new WhileIter(s, a[1], Take));
  return true;
}

bool enumerate(Interp& in, Value* a, uint32_t, Value& out) {
  Value s;
  if (!source(in, a[0], s)) return false;
  out = adopt(new EnumerateIter(s));
  return true;
}

bool rev(Interp& in, Value* a, uint32_t, Value& out) {
  Value s;
  return source(in, a[0], s) && reversed(in, s, out);
}

template <class T>
bool with_count(Interp& in, Value* a, uint32_t, Value& out) {
  Value s;
  size_t n;
  if (!source(in, a[0], s) || !want_index(in, a[1], n)) return false;
  out = adopt(new T(s, n));
  return true;
}

bool step_by(Interp& in, Value* a, uint32_t, Value& out) {
  Value s;
  size_t n;
  if (!source(in, a[0], s) || !want_index(in, a[1], n)) return false;
  if (n == 0) return in.fail("assertion failed: step != 0");
  out = adopt(new StepByIter(s, n));
  return true;
}

template <class T>
bool pair(Interp& in, Value* a, uint32_t, Value& out) {
  Value x, y;
  if (!source(in, a[0], x) || !source(in, a[1], y)) return false;
  out = adopt(new T(x, y));
  return true;
}

bool flatten(Interp& in, Value* a, uint32_t, Value& out) {
  Value s;
  if (!source(in, a[0], s)) return false;
  out = adopt(new FlatIter(s, Value()));
  return true;
}

bool cloned(Interp& in, Value* a, uint32_t, Value& out) {
  Value s;
  if (!source(in, a[0], s)) return false;
  out = adopt(new ClonedIter(s));
  return true;
}

bool cycle(Interp& in, Value* a, uint32_t, Value& out) {
  Value s;
  if (!source(in, a[0], s)) return false;
  if (auto* r = dynamic_cast<RangeIter*>(s.as<IterObj>()); r && !r->bounded) {
    out = s;
    return true;
  }
  std::vector<Value> items;
  if (!collect_all(in, s, items)) return false;
  out = adopt(new CycleIter(std::move(items)));
  return true;
}

bool as_iter(Interp& in, Value* a, uint32_t, Value& out) { return source(in, a[0], out); }

// Peekable: `peek` stores the next item; `next` hands it out first.
struct PeekableIter final : IterObj {
  explicit PeekableIter(Value s) : src(std::move(s)) {}
  bool next(Interp& in, Value& out) override {
    if (has_peeked) {
      has_peeked = false;
      if (!peeked_some) return false;
      out = std::move(peeked);
      return true;
    }
    return iter_next(in, src, out);
  }
  Value src, peeked;
  bool has_peeked = false, peeked_some = false;
};

bool peekable(Interp& in, Value* a, uint32_t, Value& out) {
  Value s;
  if (!source(in, a[0], s)) return false;
  out = adopt(new PeekableIter(s));
  return true;
}

bool peek(Interp& in, Value* a, uint32_t, Value& out) {
  auto* p = a[0].is(ObjKind::Iter) ? dynamic_cast<PeekableIter*>(a[0].as<IterObj>()) : nullptr;
  if (!p) return in.fail("no method named `peek` found: call `.peekable()` first");
  if (!p->has_peeked) {
    p->peeked_some = iter_next(in, p->src, p->peeked);
    if (in.failed()) return false;
    p->has_peeked = true;
  }
  out = p->peeked_some ? some(p->peeked) : none();
  return true;
}

// ExactSizeIterator::len for the sources that know it (without consuming).
bool len(Interp& in, Value* a, uint32_t, Value& out) {
  IterObj* o = a[0].is(ObjKind::Iter) ? a[0].as<IterObj>() : nullptr;
  if (auto* v = dynamic_cast<VecIter*>(o)) {
    size_t hi = std::min(v->hi, v->vec.as<VecObj>()->items.size());
    out = Value::integer(static_cast<int64_t>(hi > v->lo ? hi - v->lo : 0));
  } else if (auto* r = dynamic_cast<RangeIter*>(o); r && r->bounded) {
    out = Value::integer(std::max<int64_t>(0, r->hi - r->lo));
  } else if (auto* l = dynamic_cast<ListIter*>(o)) {
    out = Value::integer(static_cast<int64_t>(l->items.size() - l->pos));
  } else if (auto* c = dynamic_cast<CharsIter*>(o)) {
    out = Value::integer(static_cast<int64_t>(c->str.as<StrObj>()->text.size() - c->pos));
  } else {
    return in.fail("unsupported: `len` of this iterator");
  }
  return true;
}

const MethodDef kAdapters[] = {
    PS_M("map", with_fn<MapIter>, 1, 1),
    PS_M("filter", with_fn<FilterIter>, 1, 1),
    PS_M("filter_map", filter_map<false>, 1, 1),
    PS_M("map_while", filter_map<true>, 1, 1),
    PS_M("take_while", while_adapter<true>, 1, 1),
    PS_M("skip_while", while_adapter<false>, 1, 1),
    PS_M("inspect", with_fn<InspectIter>, 1, 1),
    PS_M("flat_map", with_fn<FlatIter>, 1, 1),
    PS_M("flatten", flatten, 0, 0),
    PS_M("enumerate", enumerate, 0, 0),
    PS_M("rev", rev, 0, 0),
    PS_M("take", with_count<TakeIter>, 1, 1),
    PS_M("skip", with_count<SkipIter>, 1, 1),
    PS_M("step_by", step_by, 1, 1),
    PS_M("zip", pair<ZipIter>, 1, 1),
    PS_M("chain", pair<ChainIter>, 1, 1),
    PS_M("cloned", cloned, 0, 0),
    PS_M("copied", as_iter, 0, 0),
    PS_M("cycle", cycle, 0, 0),
    PS_M("peekable", peekable, 0, 0),
    PS_M("peek", peek, 0, 0),
    PS_M("len", len, 0, 0),
    PS_M("iter", as_iter, 0, 0),
    PS_M("into_iter", as_iter, 0, 0),
    PS_M("iter_mut", as_iter, 0, 0),
    PS_M("by_ref", as_iter, 0, 0),
    PS_M("fuse", as_iter, 0, 0),
};

}  // namespace

Value list_iter(std::vector<Value> items) { return Value::adopt(new ListIter(std::move(items))); }

bool iter_next(Interp& in, const Value& it, Value& out) { return in.native_step() && it.as<IterObj>()->next(in, out); }

bool collect_all(Interp& in, const Value& iterable, std::vector<Value>& out) {
  Value it;
  if (!make_iter(in, iterable, it)) return false;
  Value item;
  while (iter_next(in, it, item)) {
    out.push_back(std::move(item));
    if (!in.collection_fits(out.size())) return false;
  }
  return !in.failed();
}

}  // namespace stdlib

namespace family {

const ApiFamily& std_iter() {
  static const MethodGroup kMethods[] = {
      {Receiver::Iter, stdlib::kAdapters},
  };
  static const ApiFamily f{
      .name = "Iterator (adapters)",
      .summary = "Lazy iterator adapters: map, filter, enumerate, rev, zip, chain, ...",
      .methods = kMethods,
      .through_guards = true,
  };
  return f;
}

}  // namespace family

bool make_iter(Interp& in, const Value& v0, Value& out) {
  using namespace stdlib;
  Value v = deref_guard(v0);
  if (v.is_obj()) {
    switch (v.obj()->kind) {
      case ObjKind::Iter: out = v; return true;
      case ObjKind::Vec: out = adopt(new VecIter(v, 0, kLive, false)); return true;
      case ObjKind::Range: {
        const RangeObj& r = *v.as<RangeObj>();
        out = adopt(new RangeIter(r.start, r.end, r.bounded, false, r.kind));
        return true;
      }
      case ObjKind::Str: out = adopt(new CharsIter(v)); return true;
      case ObjKind::Enum:
        if (is_enum(v, kOption) || is_enum(v, kResult)) {
          const EnumObj& e = *v.as<EnumObj>();
          bool has = is_enum(v, kOption) ? e.variant == kSome : e.variant == kOk;
          out = list_iter(has ? std::vector<Value>{e.payload[0]} : std::vector<Value>{});
          return true;
        }
        break;
      case ObjKind::Cell: return make_iter(in, v.as<CellObj>()->value, out);
      default: break;
    }
  }
  std::string text;
  if (v.is_int())
    text = "integer";
  else if (v.is(ObjKind::Tuple))
    text = "tuple";
  else
    text = "this value";
  return in.fail("`" + text + "` is not an iterator");
}

}  // namespace ps::lang
