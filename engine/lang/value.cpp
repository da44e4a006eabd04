#include "lang/value.h"

#include "lang/objects.h"
#include "lang/program.h"

namespace ps::lang {

Value make_str(std::string s) { return Value::adopt(new StrObj(std::move(s))); }
Value make_vec(std::vector<Value> items) { return Value::adopt(new VecObj(std::move(items))); }
Value make_tuple(std::vector<Value> items) { return Value::adopt(new TupleObj(std::move(items))); }
Value make_enum(uint32_t enum_id, uint32_t variant, std::vector<Value> payload) {
  return Value::adopt(new EnumObj(enum_id, variant, std::move(payload)));
}

bool is_copy(const Value& v) {
  if (!v.is_obj()) return true;
  switch (v.obj()->kind) {
    case ObjKind::Str:
    case ObjKind::Closure:
    case ObjKind::Native:
    case ObjKind::Range: return true;
    case ObjKind::Struct: return v.as<StructObj>()->type->is_copy;
    case ObjKind::Handle: {
      auto k = v.as<HandleObj>()->hkind;
      return k == HandleKind::Duration || k == HandleKind::Instant || k == HandleKind::Context;
    }
    case ObjKind::Enum: {
      for (const Value& p : v.as<EnumObj>()->payload)
        if (!is_copy(p)) return false;
      return true;
    }
    case ObjKind::Tuple: {
      for (const Value& p : v.as<TupleObj>()->items)
        if (!is_copy(p)) return false;
      return true;
    }
    default: return false;
  }
}

}  // namespace ps::lang
