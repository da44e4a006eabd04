// Operations on values: equality and ordering, fields, indexing, `?`,
// `*x = v`, cloning, and method dispatch.
#include <cmath>
#include <cstring>

#include "lang/base/operators.h"
#include "lang/vm/arith.h"
#include "lang/vm/interp.h"
#include "lang/vm/natives.h"

namespace ps::lang {

bool Interp::get_field(Value& target, const std::string& name) {
  Value t = through_guard(target);
  if (t.is(ObjKind::Struct)) {
    auto* s = t.as<StructObj>();
    for (size_t i = 0; i < s->type->fields.size(); ++i)
      if (s->type->fields[i] == name) {
        target = s->fields[i];
        return true;
      }
    return unsupported("no field `" + name + "` on type `" + s->type->name + "`");
  }
  std::string what;
  to_debug(t, what);
  return unsupported("no field `" + name + "` on `" + what + "`");
}

bool Interp::set_field(const Value& target, const std::string& name, Value v) {
  Value t = through_guard(target);
  if (t.is(ObjKind::Struct)) {
    auto* s = t.as<StructObj>();
    for (size_t i = 0; i < s->type->fields.size(); ++i)
      if (s->type->fields[i] == name) {
        s->fields[i] = std::move(v);
        return true;
      }
    return unsupported("no field `" + name + "` on type `" + s->type->name + "`");
  }
  return unsupported("cannot assign to field `" + name + "` of this value");
}

bool Interp::get_index(Value& base, const Value& index) {
  Value b = through_guard(base);
  if (int32_t f = b.is_obj() ? own_method(b, "index") : -1; f >= 0) {  // a user `impl Index`
    Value args[2] = {b, index}, r;
    if (!call_fn(static_cast<uint32_t>(f), args, 2, r)) return false;
    base = deref_all(r);
    return true;
  }
  if (b.is(ObjKind::Vec) && index.is_int()) {
    auto& items = b.as<VecObj>()->items;
    int64_t i = index.as_int();
    if (i < 0 || static_cast<size_t>(i) >= items.size())
      return fail("index out of bounds: the len is " + std::to_string(items.size()) + " but the index is " +
                  std::to_string(i));
    base = items[static_cast<size_t>(i)];
    return true;
  }
  if ((b.is(ObjKind::Vec) || b.is(ObjKind::Str)) && index.is(ObjKind::Range)) {
    auto* r = index.as<RangeObj>();
    size_t len = b.is(ObjKind::Vec) ? b.as<VecObj>()->items.size() : b.as<StrObj>()->text.size();
    int64_t end = r->bounded ? r->end : static_cast<int64_t>(len);
    if (r->start < 0 || end < r->start || static_cast<size_t>(end) > len)
      return fail("range end index " + std::to_string(end) + " out of range for slice of length " +
                  std::to_string(len));
    if (b.is(ObjKind::Vec)) {
      auto& items = b.as<VecObj>()->items;
      base = make_vec(std::vector<Value>(items.begin() + r->start, items.begin() + end));
    } else {
      const std::string& text = b.as<StrObj>()->text;
      for (int64_t at : {r->start, end})
        if (static_cast<size_t>(at) < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80)
          return fail("byte index " + std::to_string(at) + " is not a char boundary of `" + text + "`");
      base = str(b.as<StrObj>()->text.substr(static_cast<size_t>(r->start), static_cast<size_t>(end - r->start)));
    }
    return true;
  }
  return unsupported("this value cannot be indexed");
}

bool Interp::set_index(const Value& base, const Value& index, Value v) {
  Value b = through_guard(base);
  if (int32_t f = b.is_obj() ? own_method(b, "index_mut") : -1; f >= 0) {  // a user `impl IndexMut`
    Value args[2] = {Value::adopt(new RefObj(b, RefObj::kWhole)), index}, r;
    if (!call_fn(static_cast<uint32_t>(f), args, 2, r)) return false;
    return deref_set(std::move(r), std::move(v));
  }
  if (b.is(ObjKind::Vec) && index.is_int()) {
    auto& items = b.as<VecObj>()->items;
    int64_t i = index.as_int();
    if (i < 0 || static_cast<size_t>(i) >= items.size())
      return fail("index out of bounds: the len is " + std::to_string(items.size()) + " but the index is " +
                  std::to_string(i));
    items[static_cast<size_t>(i)] = std::move(v);
    return true;
  }
  return unsupported("this value cannot be indexed");
}

bool Interp::iter_start(Value& v) {
  if (v.is(ObjKind::Iter)) return true;
  if (Value it = user_iter(deref_all(v)); it.is_obj()) {
    v = std::move(it);
    return iter_start(v);
  }
  if (panicking_) return false;
  if (v.is(ObjKind::Ref)) {  // `for x in &mut v`
    if (Value it = item_refs(v); it.is_obj()) {
      v = std::move(it);
      return true;
    }
  }
  Value target = through_guard(v);
  NativeFn fn;
  if (natives.find_method(*this, target, "into_iter", fn)) {
    Value out;
    if (!fn(*this, &target, 1, out)) return false;
    v = std::move(out);
    return true;
  }
  std::string what;
  to_debug(target, what);
  return unsupported("`" + what + "` is not an iterator");
}

bool Interp::try_op(Coroutine&, Value& v, bool& early) {
  if (v.is(ObjKind::Enum)) {
    auto* e = v.as<EnumObj>();
    if (e->enum_id == kResult || e->enum_id == kOption) {
      bool good = e->enum_id == kResult ? e->variant == kOk : e->variant == kSome;
      if (good) {
        Value inner = e->payload[0];
        v = std::move(inner);
        early = false;
      } else {
        early = true;
      }
      return true;
    }
  }
  return unsupported("the `?` operator can only be applied to values of type `Result` or `Option`");
}

// Calls program method `fn` on the receiver at stack[recv_at] and the
// arguments above it: an async method gives its future, a plain one runs in
// a new frame of this coroutine.
bool Interp::call_method(Coroutine& co, uint32_t fn, size_t recv_at, const Value& recv_ref) {
  auto& stack = co.stack;
  const FnProto& p = prog.fns[fn];
  stack[recv_at] = self_arg(p, stack[recv_at], recv_ref);
  std::vector<Value> args(std::make_move_iterator(stack.begin() + static_cast<long>(recv_at)),
                          std::make_move_iterator(stack.end()));
  stack.resize(recv_at);
  if (p.is_async) {
    stack.push_back(make_async(fn, args.data(), static_cast<uint32_t>(args.size()), nullptr));
    return true;
  }
  if (!depth_ok(co.frames.size() + depth_)) return false;
  enter(co, fn, args.data(), static_cast<uint32_t>(args.size()), nullptr);
  return true;
}

// Method calls: the program's own methods first (inherent and trait impls),
// then the runtime library's by the receiver's kind; guards forward to the
// value they guard.
bool Interp::step_call_method(Coroutine& co, const Instr& ins) {
  auto& stack = co.stack;
  const std::string& name = prog.strings[ins.a];
  size_t recv_at = stack.size() - ins.b - 1;
  // A `&mut` receiver: methods see the value; a `&mut self` method gets the
  // reference itself, so that `*self = ..` reaches the caller's place.
  Value recv_ref;
  if (stack[recv_at].is(ObjKind::Ref)) {
    recv_ref = stack[recv_at];
    Value target = deref_all(recv_ref);
    stack[recv_at] = std::move(target);
  }
  for (int hop = 0; hop < 4; ++hop) {
    Value recv = stack[recv_at];
    if (int32_t f = own_method(recv, name); f >= 0) return call_method(co, static_cast<uint32_t>(f), recv_at, recv_ref);
    NativeFn fn;
    if (natives.find_method(*this, recv, name, fn)) {
      Value out;
      Value* args = stack.data() + recv_at;
      deref_args(args + 1, ins.b);
      bool ok = fn(*this, args, ins.b + 1, out);
      stack.resize(recv_at);
      if (!ok) return panicking_ ? false : unsupported("runtime error in `" + name + "`");
      stack.push_back(std::move(out));
      return true;
    }
    if (Value* slot = guarded_slot(recv)) {
      Value inner = *slot;
      stack[recv_at] = std::move(inner);
      continue;
    }
    if (int32_t f = impl_method(recv, name); f >= 0)  // `impl Trait for f64`, blanket impls
      return call_method(co, static_cast<uint32_t>(f), recv_at, recv_ref);
    if (!recv.is(ObjKind::Iter)) {  // an `impl Iterator`: the iterator adapters apply
      if (Value it = user_iter(recv); it.is(ObjKind::Iter)) {
        stack[recv_at] = std::move(it);
        continue;
      }
      if (panicking_) return false;
    }
    std::string what;
    if (recv.is(ObjKind::Struct))
      what = "struct `" + recv.as<StructObj>()->type->name + "`";
    else {
      to_debug(recv, what);
      what = "`" + what + "`";
    }
    return unsupported("no method named `" + name + "` found for " + what);
  }
  return unsupported("no method named `" + name + "`");
}

// --- Equality, ordering, cloning ---------------------------------------------------------

// Deepest nesting equality, ordering and cloning walk into; deeper values are
// refused with an error instead of overflowing the native stack.
constexpr int kMaxValueDepth = 2000;

namespace {
struct Nest {
  int& d;
  explicit Nest(int& x) : d(++x) {}
  ~Nest() { --d; }
};
thread_local int g_nest = 0;
}  // namespace

bool Interp::values_equal(const Value& a0, const Value& b0) {
  const Value& a = deref_all(a0);
  const Value& b = deref_all(b0);
  if (bool eq; a.is_obj() && user_eq(a, b, eq)) return eq;
  Nest nest(g_nest);
  if (g_nest > kMaxValueDepth) return limit("value nested too deep to compare");
  if (is_number(a) && is_number(b)) return numbers_equal(a, b);
  if (a.tag() != b.tag()) return false;
  switch (a.tag()) {
    case Value::Tag::Unit: return true;
    case Value::Tag::Bool: return a.as_bool() == b.as_bool();
    case Value::Tag::Char: return a.as_char() == b.as_char();
    case Value::Tag::Moved: return false;
    default: break;
  }
  if (a.obj() == b.obj()) return true;
  if (a.obj()->kind != b.obj()->kind) return false;
  auto same_items = [&](const std::vector<Value>& x, const std::vector<Value>& y) {
    if (x.size() != y.size()) return false;
    for (size_t i = 0; i < x.size(); ++i)
      if (!values_equal(x[i], y[i])) return false;
    return true;
  };
  switch (a.obj()->kind) {
    case ObjKind::Str: return a.as<StrObj>()->text == b.as<StrObj>()->text;
    case ObjKind::Vec: return same_items(a.as<VecObj>()->items, b.as<VecObj>()->items);
    case ObjKind::Tuple: return same_items(a.as<TupleObj>()->items, b.as<TupleObj>()->items);
    case ObjKind::Enum:
      return a.as<EnumObj>()->enum_id == b.as<EnumObj>()->enum_id &&
             a.as<EnumObj>()->variant == b.as<EnumObj>()->variant &&
             same_items(a.as<EnumObj>()->payload, b.as<EnumObj>()->payload);
    case ObjKind::Struct:
      return a.as<StructObj>()->type == b.as<StructObj>()->type &&
             same_items(a.as<StructObj>()->fields, b.as<StructObj>()->fields);
    case ObjKind::Range:
      return a.as<RangeObj>()->start == b.as<RangeObj>()->start && a.as<RangeObj>()->end == b.as<RangeObj>()->end;
    case ObjKind::Handle: {
      auto ka = a.as<HandleObj>()->hkind;
      if ((ka == HandleKind::Duration || ka == HandleKind::Instant) && ka == b.as<HandleObj>()->hkind)
        return a.as<TimeObj>()->us == b.as<TimeObj>()->us;
      if (ka == HandleKind::Waker && b.as<HandleObj>()->hkind == HandleKind::Waker)
        return a.as<WakerObj>()->waker.will_wake(b.as<WakerObj>()->waker);
      return false;
    }
    default: return false;
  }
}

bool Interp::compare(const Value& a0, const Value& b0, int& o) {
  const Value& a = deref_all(a0);
  const Value& b = deref_all(b0);
  if (bool ordered; a.is_obj() && user_cmp(a, b, o, ordered)) return ordered;
  Nest nest(g_nest);
  if (g_nest > kMaxValueDepth) return limit("value nested too deep to compare");
  auto cmp3 = [](auto x, auto y) { return x < y ? -1 : y < x ? 1 : 0; };
  if (is_number(a) && is_number(b)) return compare_numbers(a, b, o);
  if (a.is_char() && b.is_char()) {
    o = cmp3(a.as_char(), b.as_char());
    return true;
  }
  if (a.is_bool() && b.is_bool()) {
    o = cmp3(a.as_bool(), b.as_bool());
    return true;
  }
  if (a.is_unit() && b.is_unit()) {
    o = 0;
    return true;
  }
  if (!a.is_obj() || !b.is_obj() || a.obj()->kind != b.obj()->kind) return false;
  auto items = [&](const std::vector<Value>& x, const std::vector<Value>& y) {
    for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
      if (!compare(x[i], y[i], o)) return false;
      if (o != 0) return true;
    }
    o = cmp3(x.size(), y.size());
    return true;
  };
  switch (a.obj()->kind) {
    case ObjKind::Str: {
      int c = a.as<StrObj>()->text.compare(b.as<StrObj>()->text);
      o = c < 0 ? -1 : c > 0 ? 1 : 0;
      return true;
    }
    case ObjKind::Vec: return items(a.as<VecObj>()->items, b.as<VecObj>()->items);
    case ObjKind::Tuple: return items(a.as<TupleObj>()->items, b.as<TupleObj>()->items);
    case ObjKind::Struct: return items(a.as<StructObj>()->fields, b.as<StructObj>()->fields);
    case ObjKind::Enum: {
      auto *x = a.as<EnumObj>(), *y = b.as<EnumObj>();
      if (x->enum_id != y->enum_id) return false;
      if (x->variant != y->variant) {
        // Option orders None before Some; Result Ok before Err; variants otherwise in declaration order.
        uint32_t vx = x->enum_id == kOption ? (x->variant == kNone ? 0 : 1) : x->variant;
        uint32_t vy = y->enum_id == kOption ? (y->variant == kNone ? 0 : 1) : y->variant;
        o = cmp3(vx, vy);
        return true;
      }
      return items(x->payload, y->payload);
    }
    case ObjKind::Handle: {
      auto k = a.as<HandleObj>()->hkind;
      if ((k == HandleKind::Duration || k == HandleKind::Instant) && k == b.as<HandleObj>()->hkind) {
        o = cmp3(a.as<TimeObj>()->us, b.as<TimeObj>()->us);
        return true;
      }
      return false;
    }
    default: return false;
  }
}

Value Interp::clone_value(const Value& v0) {
  const Value& v = deref_all(v0);
  if (!v.is_obj()) return v;
  Nest nest(g_nest);
  if (g_nest > kMaxValueDepth) {
    limit("value nested too deep to clone");
    return Value();
  }
  auto clone_all = [&](const std::vector<Value>& xs) {
    std::vector<Value> out;
    out.reserve(xs.size());
    for (const Value& x : xs) out.push_back(clone_value(x));
    return out;
  };
  switch (v.obj()->kind) {
    case ObjKind::Str: return str(v.as<StrObj>()->text);
    case ObjKind::Vec: return Value::adopt(new VecObj(clone_all(v.as<VecObj>()->items), v.as<VecObj>()->array));
    case ObjKind::Tuple: return make_tuple(clone_all(v.as<TupleObj>()->items));
    case ObjKind::Enum:
      return make_enum(v.as<EnumObj>()->enum_id, v.as<EnumObj>()->variant, clone_all(v.as<EnumObj>()->payload));
    case ObjKind::Struct:
      return Value::adopt(new StructObj(v.as<StructObj>()->type, clone_all(v.as<StructObj>()->fields)));
    case ObjKind::Handle: {
      // Each handle's clone rule is its library family's (NativeTable::clone_handle).
      Value out;
      if (!natives.clone_handle(*this, v, out)) return Value();
      return out;
    }
    default: return v;
  }
}

bool Interp::duration(const Value& v, uint64_t& secs, uint32_t& nanos) const {
  if (!v.is(ObjKind::Handle) || v.as<HandleObj>()->hkind != HandleKind::Duration) return false;
  int64_t us = v.as<TimeObj>()->us;
  if (us < 0) us = 0;
  secs = static_cast<uint64_t>(us) / 1'000'000;
  nanos = static_cast<uint32_t>(static_cast<uint64_t>(us) % 1'000'000) * 1000;
  return true;
}

namespace {

// Deeper than this a value counts as not Copy (it is moved): no Copy value nests this deep
// (Box is not Copy), and the walk stays short on a long list built of enums.
constexpr int kMaxCopyDepth = 64;

// is_copy of a value `depth` levels inside the one asked about.
bool is_copy_at(const Value& v, int depth) {
  if (!v.is_obj()) return true;
  if (depth > kMaxCopyDepth) return false;
  switch (v.obj()->kind) {
    case ObjKind::Str:
    case ObjKind::Closure:
    case ObjKind::Native:
    case ObjKind::Range:
    case ObjKind::Ref: return true;
    case ObjKind::Struct: return v.as<StructObj>()->type->is_copy;
    case ObjKind::Vec: {
      if (!v.as<VecObj>()->array) return false;
      for (const Value& p : v.as<VecObj>()->items)
        if (!is_copy(p)) return false;
      return true;
    }
    case ObjKind::Handle: {
      auto k = v.as<HandleObj>()->hkind;
      return k == HandleKind::Duration || k == HandleKind::Instant || k == HandleKind::Context;
    }
    case ObjKind::Enum: {
      for (const Value& p : v.as<EnumObj>()->payload)
        if (!is_copy_at(p, depth + 1)) return false;
      return true;
    }
    case ObjKind::Tuple: {
      for (const Value& p : v.as<TupleObj>()->items)
        if (!is_copy_at(p, depth + 1)) return false;
      return true;
    }
    default: return false;
  }
}

}  // namespace

bool is_copy(const Value& v) { return is_copy_at(v, 0); }

}  // namespace ps::lang
