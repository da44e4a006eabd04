// Option, Result, Poll and Ordering methods, with std's panic messages
// (`called `Option::unwrap()` on a `None` value`, `msg: Err-debug` for
// Result::expect). References are values here, so as_ref / as_mut /
// as_deref / cloned / copied hand back the same enum.
//
// `take` / `replace` / `get_or_insert_with` on a plain local are rewritten
// by the compiler into an update of that place; these natives handle the
// receivers it cannot (a lock guard's value, temporaries).
#include "lang/lib/std/std_internal.h"

namespace ps::lang {
namespace stdlib {
namespace {

bool is_some(const Value& v) { return v.as<EnumObj>()->variant == kSome; }
bool is_ok(const Value& v) { return v.as<EnumObj>()->variant == kOk; }
const Value& inner(const Value& v) { return payload0(v); }

bool ret(Value& out, Value v) {
  out = std::move(v);
  return true;
}

// --- Option ---------------------------------------------------------------------------

bool o_unwrap(Interp& in, Value* a, uint32_t, Value& out) {
  if (!is_some(a[0])) return in.fail("called `Option::unwrap()` on a `None` value");
  return ret(out, inner(a[0]));
}

bool o_expect(Interp& in, Value* a, uint32_t, Value& out) {
  if (is_some(a[0])) return ret(out, inner(a[0]));
  std::string msg;
  if (!want_str(in, a[1], msg)) return false;
  return in.fail(msg);
}

bool o_is_some(Interp&, Value* a, uint32_t, Value& out) { return ret(out, Value::boolean(is_some(a[0]))); }
bool o_is_none(Interp&, Value* a, uint32_t, Value& out) { return ret(out, Value::boolean(!is_some(a[0]))); }

bool o_is_some_and(Interp& in, Value* a, uint32_t, Value& out) {
  bool r = false;
  if (is_some(a[0]) && !test1(in, a[1], inner(a[0]), r)) return false;
  return ret(out, Value::boolean(r));
}

bool o_is_none_or(Interp& in, Value* a, uint32_t, Value& out) {
  bool r = true;
  if (is_some(a[0]) && !test1(in, a[1], inner(a[0]), r)) return false;
  return ret(out, Value::boolean(r));
}

bool o_unwrap_or(Interp&, Value* a, uint32_t, Value& out) { return ret(out, is_some(a[0]) ? inner(a[0]) : a[1]); }

bool o_unwrap_or_else(Interp& in, Value* a, uint32_t, Value& out) {
  if (is_some(a[0])) return ret(out, inner(a[0]));
  return in.call_value(a[1], nullptr, 0, out);
}

bool o_unwrap_or_default(Interp& in, Value* a, uint32_t, Value& out) {
  if (is_some(a[0])) return ret(out, inner(a[0]));
  return in.fail("unsupported: unwrap_or_default() on `None` (pollscope does not know the type's default)");
}

bool o_map(Interp& in, Value* a, uint32_t, Value& out) {
  if (!is_some(a[0])) return ret(out, none());
  Value r;
  if (!call1(in, a[1], inner(a[0]), r)) return false;
  return ret(out, some(std::move(r)));
}

bool o_map_or(Interp& in, Value* a, uint32_t, Value& out) {
  if (!is_some(a[0])) return ret(out, a[1]);
  return call1(in, a[2], inner(a[0]), out);
}

bool o_map_or_else(Interp& in, Value* a, uint32_t, Value& out) {
  if (!is_some(a[0])) return in.call_value(a[1], nullptr, 0, out);
  return call1(in, a[2], inner(a[0]), out);
}

bool o_and_then(Interp& in, Value* a, uint32_t, Value& out) {
  if (!is_some(a[0])) return ret(out, none());
  return call1(in, a[1], inner(a[0]), out);
}

bool o_and(Interp&, Value* a, uint32_t, Value& out) { return ret(out, is_some(a[0]) ? a[1] : none()); }
bool o_or(Interp&, Value* a, uint32_t, Value& out) { return ret(out, is_some(a[0]) ? a[0] : a[1]); }

bool o_xor(Interp&, Value* a, uint32_t, Value& out) {
  bool x = is_some(a[0]), y = is_variant(a[1], kOption, kSome);
  return ret(out, x && !y ? a[0] : y && !x ? a[1] : none());
}

bool o_or_else(Interp& in, Value* a, uint32_t, Value& out) {
  if (is_some(a[0])) return ret(out, a[0]);
  return in.call_value(a[1], nullptr, 0, out);
}

bool o_ok_or(Interp&, Value* a, uint32_t, Value& out) { return ret(out, is_some(a[0]) ? ok(inner(a[0])) : err(a[1])); }

bool o_ok_or_else(Interp& in, Value* a, uint32_t, Value& out) {
  if (is_some(a[0])) return ret(out, ok(inner(a[0])));
  Value e;
  if (!in.call_value(a[1], nullptr, 0, e)) return false;
  return ret(out, err(std::move(e)));
}

bool o_filter(Interp& in, Value* a, uint32_t, Value& out) {
  bool keep = false;
  if (is_some(a[0]) && !test1(in, a[1], inner(a[0]), keep)) return false;
  return ret(out, keep ? a[0] : none());
}

bool o_flatten(Interp&, Value* a, uint32_t, Value& out) { return ret(out, is_some(a[0]) ? inner(a[0]) : none()); }

bool o_zip(Interp&, Value* a, uint32_t, Value& out) {
  if (!is_some(a[0]) || !is_variant(a[1], kOption, kSome)) return ret(out, none());
  return ret(out, some(make_tuple({inner(a[0]), inner(a[1])})));
}

bool o_cloned(Interp& in, Value* a, uint32_t, Value& out) {
  return ret(out, is_some(a[0]) ? some(in.clone_value(inner(a[0]))) : none());
}

bool same(Interp&, Value* a, uint32_t, Value& out) { return ret(out, a[0]); }

// `as_mut`: Some(&mut the payload) in place, so that writes reach the option.
bool as_mut(Interp& in, Value* a, uint32_t, Value& out) {
  const Value& e = a[0];
  if (e.is(ObjKind::Enum) && !e.as<EnumObj>()->payload.empty()) {
    out = make_enum(e.as<EnumObj>()->enum_id, e.as<EnumObj>()->variant, {in.payload_ref(e, 0)});
    return true;
  }
  return ret(out, a[0]);
}

bool o_iter(Interp& in, Value* a, uint32_t, Value& out) { return make_iter(in, a[0], out); }

// The slot holding the receiver's value when it is a guard (or a cell), else null.
Value* place_of(const Value& recv) { return guarded_slot(recv); }

// take / replace / insert / get_or_insert_with: the receiver arrives raw (guard kept).
bool o_take(Interp& in, Value* a, uint32_t, Value& out) {
  Value* slot = place_of(a[0]);
  Value cur = slot ? *slot : a[0];
  if (!is_enum(cur, kOption)) return in.fail("no method named `take` found for this value");
  out = cur;
  if (slot) *slot = none();
  return true;
}

bool o_replace(Interp& in, Value* a, uint32_t, Value& out) {
  Value* slot = place_of(a[0]);
  Value cur = slot ? *slot : a[0];
  if (!is_enum(cur, kOption)) return in.fail("no method named `replace` found for this value");
  out = cur;
  if (slot) *slot = some(a[1]);
  return true;
}

bool o_insert(Interp&, Value* a, uint32_t, Value& out) {
  if (Value* slot = place_of(a[0])) *slot = some(a[1]);
  return ret(out, a[1]);
}

bool o_get_or_insert_with(Interp& in, Value* a, uint32_t, Value& out) {
  Value* slot = place_of(a[0]);
  Value cur = slot ? *slot : a[0];
  if (is_variant(cur, kOption, kSome)) return ret(out, inner(cur));
  if (!in.call_value(a[1], nullptr, 0, out)) return false;
  if ((slot = place_of(a[0]))) *slot = some(out);
  return true;
}

const MethodDef kOptionMethods[] = {
    PS_M("unwrap", o_unwrap, 0, 0),
    PS_M("expect", o_expect, 1, 1),
    PS_M("is_some", o_is_some, 0, 0),
    PS_M("is_none", o_is_none, 0, 0),
    PS_M("is_some_and", o_is_some_and, 1, 1),
    PS_M("is_none_or", o_is_none_or, 1, 1),
    PS_M("unwrap_or", o_unwrap_or, 1, 1),
    PS_M("unwrap_or_else", o_unwrap_or_else, 1, 1),
    PS_M("unwrap_or_default", o_unwrap_or_default, 0, 0),
    PS_M("map", o_map, 1, 1),
    PS_M("map_or", o_map_or, 2, 2),
    PS_M("map_or_else", o_map_or_else, 2, 2),
    PS_M("and_then", o_and_then, 1, 1),
    PS_M("and", o_and, 1, 1),
    PS_M("or", o_or, 1, 1),
    PS_M("xor", o_xor, 1, 1),
    PS_M("or_else", o_or_else, 1, 1),
    PS_M("ok_or", o_ok_or, 1, 1),
    PS_M("ok_or_else", o_ok_or_else, 1, 1),
    PS_M("filter", o_filter, 1, 1),
    PS_M("flatten", o_flatten, 0, 0),
    PS_M("zip", o_zip, 1, 1),
    PS_M("as_ref", same, 0, 0),
    PS_M("as_mut", as_mut, 0, 0),
    PS_M("as_deref", same, 0, 0),
    PS_M("as_deref_mut", same, 0, 0),
    PS_M("as_pin_mut", same, 0, 0),
    PS_M("copied", same, 0, 0),
    PS_M("cloned", o_cloned, 0, 0),
    PS_M("iter", o_iter, 0, 0),
    PS_M("iter_mut", o_iter, 0, 0),
    PS_M("into_iter", o_iter, 0, 0),
    PS_MRAW("take", o_take, 0, 0),
    PS_MRAW("replace", o_replace, 1, 1),
    PS_MRAW("insert", o_insert, 1, 1),
    PS_MRAW("get_or_insert_with", o_get_or_insert_with, 1, 1),
};

// --- Result ---------------------------------------------------------------------------

bool debug_of(Interp& in, const Value& v, std::string& s) { return debug_text(in, v, s); }

bool r_unwrap(Interp& in, Value* a, uint32_t, Value& out) {
  if (is_ok(a[0])) return ret(out, inner(a[0]));
  std::string e;
  if (!debug_of(in, inner(a[0]), e)) return false;
  return in.fail("called `Result::unwrap()` on an `Err` value: " + e);
}

bool r_expect(Interp& in, Value* a, uint32_t, Value& out) {
  if (is_ok(a[0])) return ret(out, inner(a[0]));
  std::string msg, e;
  if (!want_str(in, a[1], msg) || !debug_of(in, inner(a[0]), e)) return false;
  return in.fail(msg + ": " + e);
}

bool r_unwrap_err(Interp& in, Value* a, uint32_t, Value& out) {
  if (!is_ok(a[0])) return ret(out, inner(a[0]));
  std::string v;
  if (!debug_of(in, inner(a[0]), v)) return false;
  return in.fail("called `Result::unwrap_err()` on an `Ok` value: " + v);
}

bool r_expect_err(Interp& in, Value* a, uint32_t, Value& out) {
  if (!is_ok(a[0])) return ret(out, inner(a[0]));
  std::string msg, v;
  if (!want_str(in, a[1], msg) || !debug_of(in, inner(a[0]), v)) return false;
  return in.fail(msg + ": " + v);
}

bool r_is_ok(Interp&, Value* a, uint32_t, Value& out) { return ret(out, Value::boolean(is_ok(a[0]))); }
bool r_is_err(Interp&, Value* a, uint32_t, Value& out) { return ret(out, Value::boolean(!is_ok(a[0]))); }

template <bool Ok>
bool r_is_and(Interp& in, Value* a, uint32_t, Value& out) {
  bool r = false;
  if (is_ok(a[0]) == Ok && !test1(in, a[1], inner(a[0]), r)) return false;
  return ret(out, Value::boolean(r));
}

bool r_ok(Interp&, Value* a, uint32_t, Value& out) { return ret(out, is_ok(a[0]) ? some(inner(a[0])) : none()); }
bool r_err(Interp&, Value* a, uint32_t, Value& out) { return ret(out, is_ok(a[0]) ? none() : some(inner(a[0]))); }

bool r_map(Interp& in, Value* a, uint32_t, Value& out) {
  if (!is_ok(a[0])) return ret(out, a[0]);
  Value r;
  if (!call1(in, a[1], inner(a[0]), r)) return false;
  return ret(out, ok(std::move(r)));
}

bool r_map_err(Interp& in, Value* a, uint32_t, Value& out) {
  if (is_ok(a[0])) return ret(out, a[0]);
  Value r;
  if (!call1(in, a[1], inner(a[0]), r)) return false;
  return ret(out, err(std::move(r)));
}

bool r_map_or(Interp& in, Value* a, uint32_t, Value& out) {
  if (!is_ok(a[0])) return ret(out, a[1]);
  return call1(in, a[2], inner(a[0]), out);
}

bool r_and_then(Interp& in, Value* a, uint32_t, Value& out) {
  if (!is_ok(a[0])) return ret(out, a[0]);
  return call1(in, a[1], inner(a[0]), out);
}

bool r_or_else(Interp& in, Value* a, uint32_t, Value& out) {
  if (is_ok(a[0])) return ret(out, a[0]);
  return call1(in, a[1], inner(a[0]), out);
}

bool r_unwrap_or(Interp&, Value* a, uint32_t, Value& out) { return ret(out, is_ok(a[0]) ? inner(a[0]) : a[1]); }

bool r_unwrap_or_else(Interp& in, Value* a, uint32_t, Value& out) {
  if (is_ok(a[0])) return ret(out, inner(a[0]));
  return call1(in, a[1], inner(a[0]), out);
}

bool r_unwrap_or_default(Interp& in, Value* a, uint32_t, Value& out) {
  if (is_ok(a[0])) return ret(out, inner(a[0]));
  return in.fail("unsupported: unwrap_or_default() on `Err` (pollscope does not know the type's default)");
}

bool r_cloned(Interp& in, Value* a, uint32_t, Value& out) {
  if (!is_ok(a[0])) return ret(out, a[0]);
  return ret(out, ok(in.clone_value(inner(a[0]))));
}

const MethodDef kResultMethods[] = {
    PS_M("unwrap", r_unwrap, 0, 0),
    PS_M("expect", r_expect, 1, 1),
    PS_M("unwrap_err", r_unwrap_err, 0, 0),
    PS_M("expect_err", r_expect_err, 1, 1),
    PS_M("is_ok", r_is_ok, 0, 0),
    PS_M("is_err", r_is_err, 0, 0),
    PS_M("is_ok_and", r_is_and<true>, 1, 1),
    PS_M("is_err_and", r_is_and<false>, 1, 1),
    PS_M("ok", r_ok, 0, 0),
    PS_M("err", r_err, 0, 0),
    PS_M("map", r_map, 1, 1),
    PS_M("map_err", r_map_err, 1, 1),
    PS_M("map_or", r_map_or, 2, 2),
    PS_M("and_then", r_and_then, 1, 1),
    PS_M("or_else", r_or_else, 1, 1),
    PS_M("unwrap_or", r_unwrap_or, 1, 1),
    PS_M("unwrap_or_else", r_unwrap_or_else, 1, 1),
    PS_M("unwrap_or_default", r_unwrap_or_default, 0, 0),
    PS_M("as_ref", same, 0, 0),
    PS_M("as_mut", as_mut, 0, 0),
    PS_M("as_deref", same, 0, 0),
    PS_M("copied", same, 0, 0),
    PS_M("cloned", r_cloned, 0, 0),
    PS_M("iter", o_iter, 0, 0),
    PS_M("into_iter", o_iter, 0, 0),
};

// --- Poll and Ordering ----------------------------------------------------------------

bool p_is_ready(Interp&, Value* a, uint32_t, Value& out) {
  return ret(out, Value::boolean(a[0].as<EnumObj>()->variant == kReady));
}
bool p_is_pending(Interp&, Value* a, uint32_t, Value& out) {
  return ret(out, Value::boolean(a[0].as<EnumObj>()->variant == kPending));
}

bool p_map(Interp& in, Value* a, uint32_t, Value& out) {
  if (a[0].as<EnumObj>()->variant != kReady) return ret(out, a[0]);
  Value r;
  if (!call1(in, a[1], inner(a[0]), r)) return false;
  return ret(out, make_enum(kPoll, kReady, {std::move(r)}));
}

const MethodDef kPollMethods[] = {
    PS_M("is_ready", p_is_ready, 0, 0),
    PS_M("is_pending", p_is_pending, 0, 0),
    PS_M("map", p_map, 1, 1),
};

int ord(const Value& v) { return static_cast<int>(v.as<EnumObj>()->variant) - 1; }

template <int Which>
bool ord_is(Interp&, Value* a, uint32_t, Value& out) {
  int c = ord(a[0]);
  bool r = Which == 0   ? c < 0
           : Which == 1 ? c <= 0
           : Which == 2 ? c > 0
           : Which == 3 ? c >= 0
           : Which == 4 ? c == 0
                        : c != 0;
  return ret(out, Value::boolean(r));
}

bool ord_reverse(Interp&, Value* a, uint32_t, Value& out) { return ret(out, ordering_value(-ord(a[0]))); }
bool ord_then(Interp&, Value* a, uint32_t, Value& out) { return ret(out, ord(a[0]) != 0 ? a[0] : a[1]); }

bool ord_then_with(Interp& in, Value* a, uint32_t, Value& out) {
  if (ord(a[0]) != 0) return ret(out, a[0]);
  return in.call_value(a[1], nullptr, 0, out);
}

const MethodDef kOrderingMethods[] = {
    PS_M("is_lt", ord_is<0>, 0, 0),     PS_M("is_le", ord_is<1>, 0, 0), PS_M("is_gt", ord_is<2>, 0, 0),
    PS_M("is_ge", ord_is<3>, 0, 0),     PS_M("is_eq", ord_is<4>, 0, 0), PS_M("is_ne", ord_is<5>, 0, 0),
    PS_M("reverse", ord_reverse, 0, 0), PS_M("then", ord_then, 1, 1),   PS_M("then_with", ord_then_with, 1, 1),
};

}  // namespace

}  // namespace stdlib

namespace family {

const ApiFamily& std_option() {
  static const MethodGroup kMethods[] = {
      {Receiver::Option, stdlib::kOptionMethods},
      {Receiver::Result, stdlib::kResultMethods},
      {Receiver::Poll, stdlib::kPollMethods},
      {Receiver::Ordering, stdlib::kOrderingMethods},
  };
  static const ApiFamily f{
      .name = "Option, Result, Poll, Ordering",
      .summary = "Methods of the std enums: Option, Result, Poll and Ordering",
      .methods = kMethods,
      .through_guards = true,
  };
  return f;
}

}  // namespace family
}  // namespace ps::lang
