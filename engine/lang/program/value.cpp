// Constructors of the plain data values.
#include "lang/program/value.h"

namespace ps::lang {

static_assert(sizeof(Value) == 16, "a Value is a tag, a numeric kind and eight bytes");

namespace {
const char* const kKindNames[] = {"{integer}", "i8",  "i16", "i32",  "i64",   "i128", "isize", "u8",
                                  "u16",       "u32", "u64", "u128", "usize", "f64",  "f32"};
}  // namespace

const char* kind_name(NumKind k) { return kKindNames[static_cast<size_t>(k)]; }

bool kind_from_name(std::string_view name, NumKind& k) {
  for (size_t i = 1; i < sizeof kKindNames / sizeof kKindNames[0]; ++i)
    if (name == kKindNames[i]) {
      k = static_cast<NumKind>(i);
      return true;
    }
  return false;
}

Value make_str(std::string s) { return Value::adopt(new StrObj(std::move(s))); }
Value make_vec(std::vector<Value> items) { return Value::adopt(new VecObj(std::move(items))); }
Value make_tuple(std::vector<Value> items) { return Value::adopt(new TupleObj(std::move(items))); }
Value make_enum(uint32_t enum_id, uint32_t variant, std::vector<Value> payload) {
  return Value::adopt(new EnumObj(enum_id, variant, std::move(payload)));
}

}  // namespace ps::lang

namespace ps::lang {

// Where a reference points: the slot of a shared local or cell, an item of a
// vector or tuple, a field, a payload; null when that place no longer exists.
Value* ref_slot(const RefObj* r) {
  Obj* o = r->raw ? (r->raw->state == Obj::kAlive ? r->raw : nullptr) : r->owner.is_obj() ? r->owner.obj() : nullptr;
  if (!o) return nullptr;
  auto item = [&](std::vector<Value>& items) { return r->index < items.size() ? &items[r->index] : nullptr; };
  switch (o->kind) {
    case ObjKind::Slot: return &static_cast<SlotObj*>(o)->value;
    case ObjKind::Cell: return &static_cast<CellObj*>(o)->value;
    case ObjKind::Vec: return item(static_cast<VecObj*>(o)->items);
    case ObjKind::Tuple: return item(static_cast<TupleObj*>(o)->items);
    case ObjKind::Struct: return item(static_cast<StructObj*>(o)->fields);
    case ObjKind::Enum: return item(static_cast<EnumObj*>(o)->payload);
    default: return nullptr;
  }
}

// The last raw pointer to an object that already died frees it.
RefObj::~RefObj() {
  if (raw && --raw->raw_pointers == 0 && raw->state == Obj::kDead) delete raw;
}

const Value& deref_all(const Value& v) {
  const Value* at = &v;
  for (int hops = 0; hops < 64 && at->is(ObjKind::Ref); ++hops) {
    const RefObj* r = at->as<RefObj>();
    if (r->index == RefObj::kWhole) {
      at = &r->owner;
      continue;
    }
    Value* slot = ref_slot(r);
    if (!slot) break;
    at = slot;
  }
  return *at;
}

}  // namespace ps::lang
