// Trait methods at run time: what an impl of the program gives to operators
// (`a + b` calls `add`), comparisons (`eq`, `cmp`, `partial_cmp`), indexing
// (`index`, `index_mut`), iteration (`next` of an `impl Iterator`), and the
// methods of impls for types that are not the program's own
// (Program::trait_methods). Found by name on the receiver, as `dyn Trait` does.
#include "lang/vm/interp.h"

namespace ps::lang {

namespace {

// The method names of the operator traits, by BinaryOp.
const char* operator_method(BinaryOp op) {
  switch (op) {
    case BinaryOp::Add: return "add";
    case BinaryOp::Sub: return "sub";
    case BinaryOp::Mul: return "mul";
    case BinaryOp::Div: return "div";
    case BinaryOp::Rem: return "rem";
    case BinaryOp::BitAnd: return "bitand";
    case BinaryOp::BitOr: return "bitor";
    case BinaryOp::BitXor: return "bitxor";
    case BinaryOp::Shl: return "shl";
    case BinaryOp::Shr: return "shr";
    default: return nullptr;
  }
}

// `impl Iterator for Countdown`: each `next` calls the program's method.
struct UserIter final : IterObj {
  UserIter(Value o, uint32_t f) : obj(std::move(o)), next_fn(f) {}
  bool next(Interp& in, Value& out) override {
    Value args[1] = {Value::adopt(new RefObj(obj, RefObj::kWhole))};
    Value r;
    if (!in.call_fn(next_fn, args, 1, r)) return false;
    if (!r.is(ObjKind::Enum) || r.as<EnumObj>()->enum_id != kOption)
      return in.unsupported("`next` must return an `Option`");
    if (r.as<EnumObj>()->variant != kSome) return false;
    out = r.as<EnumObj>()->payload[0];
    return true;
  }
  Value obj;
  uint32_t next_fn;
};

}  // namespace

// The kind of a value as Program::trait_methods keys it.
std::string_view value_kind(const Value& v) {
  switch (v.tag()) {
    case Value::Tag::Int: return "int";
    case Value::Tag::Float: return "float";
    case Value::Tag::Bool: return "bool";
    case Value::Tag::Char: return "char";
    case Value::Tag::Unit: return "unit";
    default: break;
  }
  if (v.is(ObjKind::Str)) return "str";
  if (v.is(ObjKind::Vec)) return "vec";
  if (v.is(ObjKind::Tuple)) return "tuple";
  if (v.is(ObjKind::Enum) && v.as<EnumObj>()->enum_id == kOption) return "Option";
  if (v.is(ObjKind::Enum) && v.as<EnumObj>()->enum_id == kResult) return "Result";
  return "";
}

// The program's method `name` for a value of its own type: its impls, then
// blanket impls. -1 when there is none.
int32_t Interp::own_method(const Value& v, std::string_view name) const {
  const std::map<std::string, uint32_t, std::less<>>* methods = nullptr;
  if (v.is(ObjKind::Struct)) methods = &v.as<StructObj>()->type->methods;
  if (v.is(ObjKind::Enum) && v.as<EnumObj>()->enum_id >= kFirstUserEnum)
    if (const EnumInfo* e = user_enum(v.as<EnumObj>()->enum_id)) methods = &e->methods;
  if (methods) {
    auto it = methods->find(name);
    if (it != methods->end()) return static_cast<int32_t>(it->second);
  }
  return -1;
}

// A method of the program's impls for other types (`impl Shape for f64`) or
// of a blanket impl; -1 when there is none.
int32_t Interp::impl_method(const Value& v, std::string_view name) const {
  for (std::string_view kind : {value_kind(v), std::string_view("*")}) {
    if (kind.empty()) continue;
    auto k = prog.trait_methods.find(kind);
    if (k == prog.trait_methods.end()) continue;
    auto it = k->second.find(name);
    if (it != k->second.end()) return static_cast<int32_t>(it->second);
  }
  return -1;
}

// What a method receives as `self` for receiver `recv`: `&mut self` a
// reference (so `*self = ..` reaches the caller), `self` a copy of a Copy
// value, `&self` the value.
Value Interp::self_arg(const FnProto& p, const Value& recv, const Value& recv_ref) {
  if (p.self_mode == FnProto::SelfMode::RefMut)
    return recv_ref.is_obj() ? recv_ref : Value::adopt(new RefObj(recv, RefObj::kWhole));
  if (p.self_mode == FnProto::SelfMode::Value && is_copy(recv)) return copy_value(recv);
  return recv;
}

// `a op b` where `a` is a value of the program's own type: its operator
// method; `compound` (`a op= b`) prefers `op_assign`. False with `handled`
// unset when the type has no such method.
bool Interp::user_binary(BinaryOp op, bool compound, Value& a, const Value& b, bool& handled) {
  handled = false;
  const Value& lhs = deref_all(a);
  if (!lhs.is(ObjKind::Struct) && !(lhs.is(ObjKind::Enum) && lhs.as<EnumObj>()->enum_id >= kFirstUserEnum))
    return false;
  if (op == BinaryOp::Eq || op == BinaryOp::Ne) {
    int32_t eq = own_method(lhs, "eq");
    if (eq < 0) return false;
    handled = true;
    Value args[2] = {lhs, b}, r;
    if (!call_fn(static_cast<uint32_t>(eq), args, 2, r)) return false;
    a = Value::boolean(r.is_bool() && r.as_bool() == (op == BinaryOp::Eq));
    return true;
  }
  if (op == BinaryOp::Lt || op == BinaryOp::Le || op == BinaryOp::Gt || op == BinaryOp::Ge) {
    if (own_method(lhs, "partial_cmp") < 0 && own_method(lhs, "cmp") < 0) return false;
    handled = true;
    int o = 0;
    bool ordered = compare(lhs, b, o);
    if (panicking_) return false;
    bool r = ordered && (op == BinaryOp::Lt   ? o < 0
                         : op == BinaryOp::Le ? o <= 0
                         : op == BinaryOp::Gt ? o > 0
                                              : o >= 0);
    a = Value::boolean(r);
    return true;
  }
  const char* name = operator_method(op);
  if (!name) return false;
  int32_t assign = compound ? own_method(lhs, std::string(name) + "_assign") : -1;
  if (assign >= 0) {
    handled = true;
    Value target = lhs;
    Value args[2] = {Value::adopt(new RefObj(target, RefObj::kWhole)), b}, r;
    if (!call_fn(static_cast<uint32_t>(assign), args, 2, r)) return false;
    a = std::move(target);
    return true;
  }
  int32_t fn = own_method(lhs, name);
  if (fn < 0) return false;
  handled = true;
  Value args[2] = {self_arg(prog.fns[fn], lhs, Value()), is_copy(b) ? copy_value(b) : b}, r;
  if (!call_fn(static_cast<uint32_t>(fn), args, 2, r)) return false;
  a = std::move(r);
  return true;
}

// `-a` / `!a` on a value of the program's own type: `neg` / `not`.
bool Interp::user_unary(UnaryOp op, Value& a, bool& handled) {
  handled = false;
  int32_t fn = own_method(a, op == UnaryOp::Neg ? "neg" : op == UnaryOp::Not ? "not" : "");
  if (fn < 0) return false;
  handled = true;
  Value args[1] = {self_arg(prog.fns[fn], a, Value())}, r;
  if (!call_fn(static_cast<uint32_t>(fn), args, 1, r)) return false;
  a = std::move(r);
  return true;
}

// A user `impl PartialEq`: true with the answer in `eq`.
bool Interp::user_eq(const Value& a, const Value& b, bool& eq) {
  int32_t fn = own_method(a, "eq");
  if (fn < 0) return false;
  Value args[2] = {a, b}, r;
  eq = call_fn(static_cast<uint32_t>(fn), args, 2, r) && r.is_bool() && r.as_bool();
  return true;
}

// A user `impl Ord` / `impl PartialOrd`: true when the type has one, with
// `ordered` false for an unordered pair (partial_cmp gave None).
bool Interp::user_cmp(const Value& a, const Value& b, int& order, bool& ordered) {
  int32_t fn = own_method(a, "cmp");
  bool partial = fn < 0;
  if (partial) fn = own_method(a, "partial_cmp");
  if (fn < 0) return false;
  Value args[2] = {a, b}, r;
  ordered = false;
  if (!call_fn(static_cast<uint32_t>(fn), args, 2, r)) return true;
  if (partial && r.is(ObjKind::Enum) && r.as<EnumObj>()->enum_id == kOption) {
    if (r.as<EnumObj>()->variant != kSome) return true;
    Value inner = r.as<EnumObj>()->payload[0];
    r = std::move(inner);
  }
  if (!r.is(ObjKind::Enum) || r.as<EnumObj>()->enum_id != kOrdering) {
    unsupported("`cmp` / `partial_cmp` must return an `Ordering`");
    return true;
  }
  order = static_cast<int>(r.as<EnumObj>()->variant) - 1;
  ordered = true;
  return true;
}

// An iterator over a value of the program's own type that implements
// Iterator (or IntoIterator); unit when it implements neither.
Value Interp::user_iter(const Value& v) {
  bool iterator =
      (v.is(ObjKind::Struct) && v.as<StructObj>()->type->is_iterator) ||
      (v.is(ObjKind::Enum) && user_enum(v.as<EnumObj>()->enum_id) && user_enum(v.as<EnumObj>()->enum_id)->is_iterator);
  int32_t next = iterator ? own_method(v, "next") : -1;
  if (next >= 0) return Value::adopt(new UserIter(v, static_cast<uint32_t>(next)));
  int32_t into = own_method(v, "into_iter");
  if (into < 0) return Value();
  Value args[1] = {v}, r;
  if (!call_fn(static_cast<uint32_t>(into), args, 1, r)) return Value();
  return r;
}

}  // namespace ps::lang
