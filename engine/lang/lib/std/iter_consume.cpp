// Iterator consumers: collect, sum, product, count, min/max (and their _by /
// _by_key forms), fold, reduce, any, all, find, find_map, position, last,
// nth, for_each, partition, unzip and next. They accept any iterable as the
// receiver (a range, a Vec through `iter()`, an iterator), pull items in
// order and stop early where Rust does (any, all, find, position).
//
// `collect` always builds a Vec: the target type (`::<String>`, a `let`
// annotation) is not known at run time. `collect_string` builds a String
// from chars or strings, for a compiler that sees the String target.
#include "lang/base/operators.h"
#include "lang/lib/std/std_internal.h"
#include "lang/vm/arith.h"

namespace ps::lang {
namespace stdlib {

namespace {

// Runs `body(item)` for each item; body returns false to stop early (or on error).
template <class F>
bool each(Interp& in, const Value& iterable, F&& body) {
  Value it, item;
  if (!make_iter(in, iterable, it)) return false;
  while (iter_next(in, it, item))
    if (!body(item)) return !in.failed();
  return !in.failed();
}

bool collect(Interp& in, Value* a, uint32_t, Value& out) {
  std::vector<Value> items;
  if (!collect_all(in, a[0], items)) return false;
  out = make_vec(std::move(items));
  return true;
}

bool collect_string(Interp& in, Value* a, uint32_t, Value& out) {
  std::string s;
  bool ok = each(in, a[0], [&](const Value& v) {
    std::string piece;
    if (!want_str(in, v, piece)) return false;
    s += piece;
    return true;
  });
  if (!ok) return false;
  out = make_str(std::move(s));
  return true;
}

// sum / product: numbers added or multiplied with the `+` / `*` operators
// (the items' type, its overflow panic, f32 rounding), or Durations.
template <bool Product>
bool sum(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t us = 0;
  bool is_duration = false;
  Value acc;
  bool any = false;
  auto op = static_cast<uint32_t>(Product ? BinaryOp::Mul : BinaryOp::Add);
  bool ok = each(in, a[0], [&](const Value& v0) {
    Value v = deref_guard(v0);
    if (v.is_int() || v.is_float()) {
      if (!any) {
        acc = v;
        any = true;
        return true;
      }
      return numeric_binary(in, op, acc, v);
    }
    if (!Product && is_time(v, HandleKind::Duration)) {
      is_duration = true;
      us += static_cast<TimeObj*>(v.as<HandleObj>())->us;
      return true;
    }
    return in.fail(std::string("the trait `") + (Product ? "Product" : "Sum") +
                   "` is not implemented for this item type");
  });
  if (!ok) return false;
  if (is_duration)
    out = time_value(HandleKind::Duration, us);
  else
    out = any ? acc : Value::integer(Product ? 1 : 0);
  return true;
}

bool count(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t n = 0;
  if (!each(in, a[0], [&](const Value&) { return ++n, true; })) return false;
  out = Value::integer(n, NumKind::Usize);
  return true;
}

// max keeps the last of equal items, min the first (as Rust's).
template <bool Max>
bool extreme(Interp& in, Value* a, uint32_t, Value& out) {
  Value best;
  bool have = false;
  bool ok = each(in, a[0], [&](const Value& v) {
    int c = 0;
    if (have && !cmp_values(in, v, best, c)) return false;
    if (!have || (Max ? c >= 0 : c < 0)) best = v;
    have = true;
    return true;
  });
  if (!ok) return false;
  out = have ? some(best) : none();
  return true;
}

template <bool Max>
bool extreme_by_key(Interp& in, Value* a, uint32_t, Value& out) {
  Value best, best_key;
  bool have = false;
  bool ok = each(in, a[0], [&](const Value& v) {
    Value key;
    if (!call1(in, a[1], v, key)) return false;
    int c = 0;
    if (have && !cmp_values(in, key, best_key, c)) return false;
    if (!have || (Max ? c >= 0 : c < 0)) {
      best = v;
      best_key = key;
    }
    have = true;
    return true;
  });
  if (!ok) return false;
  out = have ? some(best) : none();
  return true;
}

// max_by / min_by: the closure compares (best so far, next item).
template <bool Max>
bool extreme_by(Interp& in, Value* a, uint32_t, Value& out) {
  Value best;
  bool have = false;
  bool ok = each(in, a[0], [&](const Value& v) {
    if (!have) {
      best = v;
      have = true;
      return true;
    }
    Value r;
    int c;
    if (!call2(in, a[1], best, v, r) || !want_ordering(in, r, c)) return false;
    if (Max ? c <= 0 : c > 0) best = v;
    return true;
  });
  if (!ok) return false;
  out = have ? some(best) : none();
  return true;
}

bool fold(Interp& in, Value* a, uint32_t, Value& out) {
  Value acc = a[1];
  bool ok = each(in, a[0], [&](const Value& v) {
    Value next;
    if (!call2(in, a[2], acc, v, next)) return false;
    acc = std::move(next);
    return true;
  });
  if (!ok) return false;
  out = acc;
  return true;
}

bool reduce(Interp& in, Value* a, uint32_t, Value& out) {
  Value acc;
  bool have = false;
  bool ok = each(in, a[0], [&](const Value& v) {
    if (!have) {
      acc = v;
      have = true;
      return true;
    }
    Value next;
    if (!call2(in, a[1], acc, v, next)) return false;
    acc = std::move(next);
    return true;
  });
  if (!ok) return false;
  out = have ? some(acc) : none();
  return true;
}

// any (Want = true) stops at the first true; all (Want = false) at the first false.
template <bool Want>
bool any_all(Interp& in, Value* a, uint32_t, Value& out) {
  bool found = false;
  bool ok = each(in, a[0], [&](const Value& v) {
    bool r;
    if (!test1(in, a[1], v, r)) return false;
    if (r == Want) {
      found = true;
      return false;
    }
    return true;
  });
  if (!ok) return false;
  out = Value::boolean(Want ? found : !found);
  return true;
}

bool find(Interp& in, Value* a, uint32_t, Value& out) {
  out = none();
  return each(in, a[0], [&](const Value& v) {
    bool r;
    if (!test1(in, a[1], v, r)) return false;
    if (r) out = some(v);
    return !r;
  });
}

bool find_map(Interp& in, Value* a, uint32_t, Value& out) {
  out = none();
  return each(in, a[0], [&](const Value& v) {
    Value r;
    if (!call1(in, a[1], v, r)) return false;
    if (is_variant(r, kOption, kSome)) {
      out = r;
      return false;
    }
    return true;
  });
}

bool position(Interp& in, Value* a, uint32_t, Value& out) {
  out = none();
  int64_t i = 0;
  return each(in, a[0], [&](const Value& v) {
    bool r;
    if (!test1(in, a[1], v, r)) return false;
    if (r) out = some(Value::integer(i));
    ++i;
    return !r;
  });
}

bool last(Interp& in, Value* a, uint32_t, Value& out) {
  out = none();
  return each(in, a[0], [&](const Value& v) {
    out = some(v);
    return true;
  });
}

bool nth(Interp& in, Value* a, uint32_t, Value& out) {
  size_t n;
  if (!want_index(in, a[1], n)) return false;
  out = none();
  return each(in, a[0], [&](const Value& v) {
    if (n-- == 0) {
      out = some(v);
      return false;
    }
    return true;
  });
}

bool for_each(Interp& in, Value* a, uint32_t, Value& out) {
  out = Value();
  return each(in, a[0], [&](const Value& v) {
    Value ignored;
    return call1(in, a[1], v, ignored);
  });
}

bool partition(Interp& in, Value* a, uint32_t, Value& out) {
  std::vector<Value> yes, no;
  bool ok = each(in, a[0], [&](const Value& v) {
    bool r;
    if (!test1(in, a[1], v, r)) return false;
    (r ? yes : no).push_back(v);
    return true;
  });
  if (!ok) return false;
  out = make_tuple({make_vec(std::move(yes)), make_vec(std::move(no))});
  return true;
}

bool unzip(Interp& in, Value* a, uint32_t, Value& out) {
  std::vector<Value> left, right;
  bool ok = each(in, a[0], [&](const Value& v) {
    if (!v.is(ObjKind::Tuple) || v.as<TupleObj>()->items.size() != 2)
      return in.fail("mismatched types: `unzip` needs pairs");
    left.push_back(v.as<TupleObj>()->items[0]);
    right.push_back(v.as<TupleObj>()->items[1]);
    return true;
  });
  if (!ok) return false;
  out = make_tuple({make_vec(std::move(left)), make_vec(std::move(right))});
  return true;
}

// `it.next()`: advances the iterator itself.
bool next(Interp& in, Value* a, uint32_t, Value& out) {
  if (!a[0].is(ObjKind::Iter)) return in.fail("no method named `next` found: call `.iter()` first");
  Value item;
  if (iter_next(in, a[0], item))
    out = some(std::move(item));
  else if (in.failed())
    return false;
  else
    out = none();
  return true;
}

const MethodDef kConsumers[] = {
    PS_M("collect", collect, 0, 0),
    PS_M("collect_string", collect_string, 0, 0),
    PS_M("sum", sum<false>, 0, 0),
    PS_M("product", sum<true>, 0, 0),
    PS_M("count", count, 0, 0),
    PS_M("max", extreme<true>, 0, 0),
    PS_M("min", extreme<false>, 0, 0),
    PS_M("max_by_key", extreme_by_key<true>, 1, 1),
    PS_M("min_by_key", extreme_by_key<false>, 1, 1),
    PS_M("max_by", extreme_by<true>, 1, 1),
    PS_M("min_by", extreme_by<false>, 1, 1),
    PS_M("fold", fold, 2, 2),
    PS_M("reduce", reduce, 1, 1),
    PS_M("any", any_all<true>, 1, 1),
    PS_M("all", any_all<false>, 1, 1),
    PS_M("find", find, 1, 1),
    PS_M("find_map", find_map, 1, 1),
    PS_M("position", position, 1, 1),
    PS_M("last", last, 0, 0),
    PS_M("nth", nth, 1, 1),
    PS_M("for_each", for_each, 1, 1),
    PS_M("partition", partition, 1, 1),
    PS_M("unzip", unzip, 0, 0),
    PS_M("next", next, 0, 0),
};

}  // namespace

}  // namespace stdlib

namespace family {

const ApiFamily& std_iter_consume() {
  static const MethodGroup kMethods[] = {
      {Receiver::Iter, stdlib::kConsumers},
  };
  static const ApiFamily f{
      .name = "Iterator (consumers)",
      .summary = "Iterator methods that drive an iterator: next, sum, count, collect, fold, find, ...",
      .methods = kMethods,
      .through_guards = true,
  };
  return f;
}

}  // namespace family
}  // namespace ps::lang
