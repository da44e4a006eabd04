// Vec (and slice) methods, and the methods ranges have beyond Iterator's.
// A Vec is shared by reference, so mutators change the VecObj in place.
// Panic messages are std's (`removal index (is 5) should be < len (is 3)`).
// Sorts are stable, as Rust's `sort`; `sort_unstable` sorts stably too,
// which is one of the orders Rust may produce.
#include <algorithm>

#include "lang/lib/std/std_internal.h"

namespace ps::lang {
namespace stdlib {
namespace {

std::vector<Value>& items(const Value& v) { return v.as<VecObj>()->items; }
Value int_value(size_t n) { return Value::integer(static_cast<int64_t>(n), NumKind::Usize); }
std::string num(size_t n) { return std::to_string(n); }

bool push(Interp& in, Value* a, uint32_t, Value& out) {
  if (!in.collection_fits(items(a[0]).size() + 1)) return false;
  items(a[0]).push_back(a[1]);
  out = Value();
  return true;
}

bool pop(Interp&, Value* a, uint32_t, Value& out) {
  auto& v = items(a[0]);
  if (v.empty()) {
    out = none();
    return true;
  }
  out = some(std::move(v.back()));
  v.pop_back();
  return true;
}

bool len(Interp&, Value* a, uint32_t, Value& out) {
  out = int_value(items(a[0]).size());
  return true;
}

bool is_empty(Interp&, Value* a, uint32_t, Value& out) {
  out = Value::boolean(items(a[0]).empty());
  return true;
}

bool clear(Interp&, Value* a, uint32_t, Value& out) {
  std::vector<Value> old;
  old.swap(items(a[0]));  // drops run after the Vec is consistent
  out = Value();
  return true;
}

bool insert(Interp& in, Value* a, uint32_t, Value& out) {
  size_t i;
  if (!want_index(in, a[1], i)) return false;
  auto& v = items(a[0]);
  if (i > v.size()) return in.fail("insertion index (is " + num(i) + ") should be <= len (is " + num(v.size()) + ")");
  v.insert(v.begin() + static_cast<std::ptrdiff_t>(i), a[2]);
  out = Value();
  return true;
}

bool remove(Interp& in, Value* a, uint32_t, Value& out) {
  size_t i;
  if (!want_index(in, a[1], i)) return false;
  auto& v = items(a[0]);
  if (i >= v.size()) return in.fail("removal index (is " + num(i) + ") should be < len (is " + num(v.size()) + ")");
  out = std::move(v[i]);
  v.erase(v.begin() + static_cast<std::ptrdiff_t>(i));
  return true;
}

bool swap_remove(Interp& in, Value* a, uint32_t, Value& out) {
  size_t i;
  if (!want_index(in, a[1], i)) return false;
  auto& v = items(a[0]);
  if (i >= v.size()) return in.fail("swap_remove index (is " + num(i) + ") should be < len (is " + num(v.size()) + ")");
  out = std::move(v[i]);
  if (i + 1 != v.size()) v[i] = std::move(v.back());
  v.pop_back();
  return true;
}

bool index_check(Interp& in, size_t i, size_t len) {
  if (i < len) return true;
  return in.fail("index out of bounds: the len is " + num(len) + " but the index is " + num(i));
}

bool swap(Interp& in, Value* a, uint32_t, Value& out) {
  size_t i, j;
  if (!want_index(in, a[1], i) || !want_index(in, a[2], j)) return false;
  auto& v = items(a[0]);
  if (!index_check(in, i, v.size()) || !index_check(in, j, v.size())) return false;
  std::swap(v[i], v[j]);
  out = Value();
  return true;
}

bool truncate(Interp& in, Value* a, uint32_t, Value& out) {
  size_t n;
  if (!want_index(in, a[1], n)) return false;
  auto& v = items(a[0]);
  if (n < v.size()) {
    std::vector<Value> tail(std::make_move_iterator(v.begin() + static_cast<std::ptrdiff_t>(n)),
                            std::make_move_iterator(v.end()));
    v.resize(n);
  }
  out = Value();
  return true;
}

bool extend(Interp& in, Value* a, uint32_t, Value& out) {
  std::vector<Value> more;
  if (!collect_all(in, a[1], more)) return false;
  auto& v = items(a[0]);
  for (Value& x : more) v.push_back(std::move(x));
  out = Value();
  return true;
}

bool extend_from_slice(Interp& in, Value* a, uint32_t, Value& out) {
  std::vector<Value> more;
  if (!collect_all(in, a[1], more)) return false;
  for (Value& x : more) items(a[0]).push_back(in.clone_value(x));
  out = Value();
  return true;
}

// `a.append(&mut b)`: moves b's items to the end of a, leaving b empty.
bool append(Interp& in, Value* a, uint32_t, Value& out) {
  Value other = deref_guard(a[1]);
  if (!other.is(ObjKind::Vec)) return in.fail("mismatched types: expected `&mut Vec`");
  std::vector<Value> moved;
  moved.swap(items(other));
  for (Value& x : moved) items(a[0]).push_back(std::move(x));
  out = Value();
  return true;
}

bool contains(Interp& in, Value* a, uint32_t, Value& out) {
  Value x = deref_guard(a[1]);
  for (const Value& v : items(a[0])) {
    if (in.values_equal(v, x)) {
      out = Value::boolean(true);
      return true;
    }
    if (in.failed()) return false;
  }
  out = Value::boolean(false);
  return true;
}

bool first(Interp&, Value* a, uint32_t, Value& out) {
  auto& v = items(a[0]);
  out = v.empty() ? none() : some(v.front());
  return true;
}

bool last(Interp&, Value* a, uint32_t, Value& out) {
  auto& v = items(a[0]);
  out = v.empty() ? none() : some(v.back());
  return true;
}

// first_mut / last_mut / get_mut / iter_mut: references into the vector.
bool first_mut(Interp& in, Value* a, uint32_t, Value& out) {
  out = items(a[0]).empty() ? none() : some(in.item_ref(a[0], 0));
  return true;
}

bool last_mut(Interp& in, Value* a, uint32_t, Value& out) {
  size_t n = items(a[0]).size();
  out = n == 0 ? none() : some(in.item_ref(a[0], n - 1));
  return true;
}

bool get_mut(Interp& in, Value* a, uint32_t, Value& out) {
  Value idx = deref_guard(a[1]);
  if (!idx.is_int()) return in.fail("unsupported: `get_mut` with a range");
  int64_t i = idx.as_int();
  out =
      i < 0 || static_cast<size_t>(i) >= items(a[0]).size() ? none() : some(in.item_ref(a[0], static_cast<size_t>(i)));
  return true;
}

bool iter_mut(Interp& in, Value* a, uint32_t, Value& out) {
  out = in.item_refs(a[0]);
  return out.is_obj() || in.fail("`iter_mut` of a value that is not a Vec");
}

bool get(Interp& in, Value* a, uint32_t, Value& out) {
  Value idx = deref_guard(a[1]);
  auto& v = items(a[0]);
  if (idx.is(ObjKind::Range)) {
    const RangeObj& r = *idx.as<RangeObj>();
    int64_t end = r.bounded ? r.end : static_cast<int64_t>(v.size());
    if (r.start < 0 || r.start > end || end > static_cast<int64_t>(v.size())) {
      out = none();
    } else {
      out = some(make_vec(std::vector<Value>(v.begin() + r.start, v.begin() + end)));
    }
    return true;
  }
  int64_t i;
  if (!want_int(in, idx, i)) return false;
  out = i >= 0 && static_cast<size_t>(i) < v.size() ? some(v[static_cast<size_t>(i)]) : none();
  return true;
}

bool iter(Interp& in, Value* a, uint32_t, Value& out) { return make_iter(in, a[0], out); }

// Sorting with a comparison that may call back into the program; a failed
// comparison makes every later one "not less" so the sort finishes quickly.
template <class Less>
bool sort_with(const Value& vec, Less less) {
  std::vector<Value> v = items(vec);  // sort a copy: callbacks may look at the Vec
  bool failed = false;
  std::stable_sort(v.begin(), v.end(), [&](const Value& x, const Value& y) {
    if (failed) return false;
    int c;
    if (!less(x, y, c)) {
      failed = true;
      return false;
    }
    return c < 0;
  });
  if (failed) return false;
  items(vec) = std::move(v);
  return true;
}

bool sort(Interp& in, Value* a, uint32_t, Value& out) {
  out = Value();
  return sort_with(a[0], [&](const Value& x, const Value& y, int& c) { return cmp_values(in, x, y, c); });
}

bool sort_by(Interp& in, Value* a, uint32_t, Value& out) {
  out = Value();
  return sort_with(a[0], [&](const Value& x, const Value& y, int& c) {
    Value r;
    return call2(in, a[1], x, y, r) && want_ordering(in, r, c);
  });
}

bool sort_by_key(Interp& in, Value* a, uint32_t, Value& out) {
  out = Value();
  return sort_with(a[0], [&](const Value& x, const Value& y, int& c) {
    Value kx, ky;
    return call1(in, a[1], x, kx) && call1(in, a[1], y, ky) && cmp_values(in, kx, ky, c);
  });
}

bool reverse(Interp&, Value* a, uint32_t, Value& out) {
  std::reverse(items(a[0]).begin(), items(a[0]).end());
  out = Value();
  return true;
}

bool join(Interp& in, Value* a, uint32_t, Value& out) {
  std::string sep, s, piece;
  if (!want_str(in, a[1], sep)) return false;
  bool first_item = true;
  for (const Value& v : items(a[0])) {
    if (!want_str(in, v, piece)) return false;
    if (!first_item) s += sep;
    s += piece;
    first_item = false;
  }
  out = make_str(std::move(s));
  return true;
}

bool concat(Interp& in, Value* a, uint32_t, Value& out) {
  auto& v = items(a[0]);
  if (!v.empty() && deref_guard(v[0]).is(ObjKind::Vec)) {
    std::vector<Value> all;
    for (const Value& x : v) {
      Value inner = deref_guard(x);
      if (!inner.is(ObjKind::Vec)) return in.fail("mismatched types: `concat` needs a Vec of Vecs or of strings");
      for (const Value& y : items(inner)) all.push_back(in.clone_value(y));
    }
    out = make_vec(std::move(all));
    return true;
  }
  std::string s, piece;
  for (const Value& x : v) {
    if (!want_str(in, x, piece)) return false;
    s += piece;
  }
  out = make_str(std::move(s));
  return true;
}

bool retain(Interp& in, Value* a, uint32_t, Value& out) {
  std::vector<Value> kept, removed;
  for (const Value& v : std::vector<Value>(items(a[0]))) {
    bool keep;
    if (!test1(in, a[1], v, keep)) return false;
    (keep ? kept : removed).push_back(v);
  }
  items(a[0]) = std::move(kept);
  out = Value();
  return true;
}

bool dedup(Interp& in, Value* a, uint32_t, Value& out) {
  auto& v = items(a[0]);
  std::vector<Value> kept, removed;
  for (Value& x : v) {
    if (!kept.empty() && in.values_equal(kept.back(), x))
      removed.push_back(std::move(x));
    else
      kept.push_back(std::move(x));
    if (in.failed()) return false;
  }
  v = std::move(kept);
  out = Value();
  return true;
}

bool dedup_by_key(Interp& in, Value* a, uint32_t, Value& out) {
  std::vector<Value> kept, removed;
  Value last_key;
  for (const Value& x : std::vector<Value>(items(a[0]))) {
    Value key;
    if (!call1(in, a[1], x, key)) return false;
    bool dup = !kept.empty() && in.values_equal(last_key, key);
    if (in.failed()) return false;
    (dup ? removed : kept).push_back(x);
    last_key = key;
  }
  items(a[0]) = std::move(kept);
  out = Value();
  return true;
}

// The [start, end) a range argument names inside a length, with std's panics.
bool slice_bounds(Interp& in, const Value& range, size_t len, size_t& s, size_t& e) {
  Value r0 = deref_guard(range);
  if (!r0.is(ObjKind::Range)) return in.fail("mismatched types: expected a range");
  const RangeObj& r = *r0.as<RangeObj>();
  if (r.start < 0) return in.fail("mismatched types: expected `usize`, found a negative integer");
  s = static_cast<size_t>(r.start);
  e = r.bounded ? static_cast<size_t>(std::max<int64_t>(r.end, 0)) : len;
  if (s > e) return in.fail("slice index starts at " + num(s) + " but ends at " + num(e));
  if (e > len) return in.fail("range end index " + num(e) + " out of range for slice of length " + num(len));
  return true;
}

bool drain(Interp& in, Value* a, uint32_t n, Value& out) {
  auto& v = items(a[0]);
  size_t s = 0, e = v.size();
  if (n > 1 && !slice_bounds(in, a[1], v.size(), s, e)) return false;
  std::vector<Value> taken(std::make_move_iterator(v.begin() + static_cast<std::ptrdiff_t>(s)),
                           std::make_move_iterator(v.begin() + static_cast<std::ptrdiff_t>(e)));
  v.erase(v.begin() + static_cast<std::ptrdiff_t>(s), v.begin() + static_cast<std::ptrdiff_t>(e));
  out = list_iter(std::move(taken));
  return true;
}

bool split_off(Interp& in, Value* a, uint32_t, Value& out) {
  size_t at;
  if (!want_index(in, a[1], at)) return false;
  auto& v = items(a[0]);
  if (at > v.size())
    return in.fail("`at` split index (is " + num(at) + ") should be <= len (is " + num(v.size()) + ")");
  std::vector<Value> tail(std::make_move_iterator(v.begin() + static_cast<std::ptrdiff_t>(at)),
                          std::make_move_iterator(v.end()));
  v.resize(at);
  out = make_vec(std::move(tail));
  return true;
}

bool to_vec(Interp& in, Value* a, uint32_t, Value& out) {
  out = in.clone_value(a[0]);
  return true;
}

bool identity(Interp&, Value* a, uint32_t, Value& out) {
  out = a[0];
  return true;
}

bool resize(Interp& in, Value* a, uint32_t, Value& out) {
  size_t n;
  if (!want_index(in, a[1], n)) return false;
  if (!in.collection_fits(n)) return false;
  auto& v = items(a[0]);
  if (n < v.size()) v.resize(n);
  while (v.size() < n) v.push_back(in.clone_value(a[2]));
  out = Value();
  return true;
}

bool fill(Interp& in, Value* a, uint32_t, Value& out) {
  for (Value& x : items(a[0])) x = in.clone_value(a[1]);
  out = Value();
  return true;
}

// windows(n) / chunks(n): the sub-slices as Vecs.
template <bool Windows>
bool pieces(Interp& in, Value* a, uint32_t, Value& out) {
  size_t k;
  if (!want_index(in, a[1], k)) return false;
  if (k == 0) return in.fail(Windows ? "window size must be non-zero" : "chunk size must be non-zero");
  const auto& v = items(a[0]);
  std::vector<Value> parts;
  if (Windows) {
    for (size_t i = 0; i + k <= v.size(); ++i)
      parts.push_back(
          make_vec({v.begin() + static_cast<std::ptrdiff_t>(i), v.begin() + static_cast<std::ptrdiff_t>(i + k)}));
  } else {
    for (size_t i = 0; i < v.size(); i += k)
      parts.push_back(make_vec({v.begin() + static_cast<std::ptrdiff_t>(i),
                                v.begin() + static_cast<std::ptrdiff_t>(std::min(v.size(), i + k))}));
  }
  out = list_iter(std::move(parts));
  return true;
}

bool binary_search(Interp& in, Value* a, uint32_t, Value& out) {
  const auto& v = items(a[0]);
  size_t lo = 0, hi = v.size();
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c;
    if (!cmp_values(in, v[mid], a[1], c)) return false;
    if (c == 0) {
      out = ok(int_value(mid));
      return true;
    }
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  out = err(int_value(lo));
  return true;
}

bool repeat(Interp& in, Value* a, uint32_t, Value& out) {
  size_t k;
  if (!want_index(in, a[1], k)) return false;
  const auto& v = items(a[0]);
  if (k != 0 && v.size() * k / k != v.size()) return in.fail("capacity overflow");
  if (!in.collection_fits(v.size() * k)) return false;
  std::vector<Value> all;
  for (size_t i = 0; i < k; ++i)
    for (const Value& x : v) all.push_back(in.clone_value(x));
  out = make_vec(std::move(all));
  return true;
}

const MethodDef kVecMethods[] = {
    PS_M("push", push, 1, 1),
    PS_M("pop", pop, 0, 0),
    PS_M("len", len, 0, 0),
    PS_M("is_empty", is_empty, 0, 0),
    PS_M("clear", clear, 0, 0),
    PS_M("insert", insert, 2, 2),
    PS_M("remove", remove, 1, 1),
    PS_M("swap_remove", swap_remove, 1, 1),
    PS_M("swap", swap, 2, 2),
    PS_M("truncate", truncate, 1, 1),
    PS_M("extend", extend, 1, 1),
    PS_M("extend_from_slice", extend_from_slice, 1, 1),
    PS_M("append", append, 1, 1),
    PS_M("contains", contains, 1, 1),
    PS_M("first", first, 0, 0),
    PS_M("last", last, 0, 0),
    PS_M("first_mut", first_mut, 0, 0),
    PS_M("last_mut", last_mut, 0, 0),
    PS_M("get", get, 1, 1),
    PS_M("get_mut", get_mut, 1, 1),
    PS_M("iter", iter, 0, 0),
    PS_M("iter_mut", iter_mut, 0, 0),
    PS_M("into_iter", iter, 0, 0),
    PS_M("sort", sort, 0, 0),
    PS_M("sort_unstable", sort, 0, 0),
    PS_M("sort_by", sort_by, 1, 1),
    PS_M("sort_unstable_by", sort_by, 1, 1),
    PS_M("sort_by_key", sort_by_key, 1, 1),
    PS_M("sort_unstable_by_key", sort_by_key, 1, 1),
    PS_M("reverse", reverse, 0, 0),
    PS_M("join", join, 1, 1),
    PS_M("concat", concat, 0, 0),
    PS_M("retain", retain, 1, 1),
    PS_M("retain_mut", retain, 1, 1),
    PS_M("dedup", dedup, 0, 0),
    PS_M("dedup_by_key", dedup_by_key, 1, 1),
    PS_M("drain", drain, 0, 1),
    PS_M("split_off", split_off, 1, 1),
    PS_M("to_vec", to_vec, 0, 0),
    PS_M("to_owned", to_vec, 0, 0),
    PS_M("as_slice", identity, 0, 0),
    PS_M("as_mut_slice", identity, 0, 0),
    PS_M("into_boxed_slice", identity, 0, 0),
    PS_M("resize", resize, 2, 2),
    PS_M("fill", fill, 1, 1),
    PS_M("windows", pieces<true>, 1, 1),
    PS_M("chunks", pieces<false>, 1, 1),
    PS_M("binary_search", binary_search, 1, 1),
    PS_M("repeat", repeat, 1, 1),
};

// --- Ranges ---------------------------------------------------------------------------

RangeObj& range(const Value& v) { return *v.as<RangeObj>(); }

bool range_contains(Interp& in, Value* a, uint32_t, Value& out) {
  Value x = deref_guard(a[1]);
  const RangeObj& r = range(a[0]);
  if (x.is_float()) {
    double f = x.as_float();
    out = Value::boolean(f >= static_cast<double>(r.start) && (!r.bounded || f < static_cast<double>(r.end)));
    return true;
  }
  int64_t i;
  if (!want_int(in, x, i)) return false;
  out = Value::boolean(i >= r.start && (!r.bounded || i < r.end));
  return true;
}

bool range_len(Interp& in, Value* a, uint32_t, Value& out) {
  const RangeObj& r = range(a[0]);
  if (!r.bounded) return in.fail("unsupported: `len` of an unbounded range");
  out = Value::integer(std::max<int64_t>(0, r.end - r.start), NumKind::Usize);
  return true;
}

bool range_is_empty(Interp&, Value* a, uint32_t, Value& out) {
  const RangeObj& r = range(a[0]);
  out = Value::boolean(r.bounded && r.start >= r.end);
  return true;
}

// A range is its own iterator: `next` advances it in place.
bool range_next(Interp&, Value* a, uint32_t, Value& out) {
  RangeObj& r = range(a[0]);
  if (r.bounded && r.start >= r.end) {
    out = none();
    return true;
  }
  out = some(Value::integer(r.start++, r.kind));
  return true;
}

const MethodDef kRangeMethods[] = {
    PS_M("contains", range_contains, 1, 1),
    PS_M("len", range_len, 0, 0),
    PS_M("is_empty", range_is_empty, 0, 0),
    PS_M("next", range_next, 0, 0),
};

}  // namespace

}  // namespace stdlib

namespace family {

const ApiFamily& std_vec() {
  static const MethodGroup kMethods[] = {
      {Receiver::Vec, stdlib::kVecMethods},
      {Receiver::Range, stdlib::kRangeMethods},
  };
  static const ApiFamily f{
      .name = "Vec, ranges",
      .summary = "Methods of Vec (and slices) and of ranges",
      .methods = kMethods,
      .through_guards = true,
  };
  return f;
}

}  // namespace family
}  // namespace ps::lang
