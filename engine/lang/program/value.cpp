// Constructors of the plain data values.
#include "lang/program/value.h"

namespace ps::lang {

Value make_str(std::string s) { return Value::adopt(new StrObj(std::move(s))); }
Value make_vec(std::vector<Value> items) { return Value::adopt(new VecObj(std::move(items))); }
Value make_tuple(std::vector<Value> items) { return Value::adopt(new TupleObj(std::move(items))); }
Value make_enum(uint32_t enum_id, uint32_t variant, std::vector<Value> payload) {
  return Value::adopt(new EnumObj(enum_id, variant, std::move(payload)));
}

}  // namespace ps::lang
