// std::mem::take / replace: what the compiler's expansion of them leaves in
// the place the value was taken from.
#include "lang/lib/family.h"

namespace ps::lang {

namespace {

// What `place.take()` leaves behind: None for an Option, the value itself otherwise.
bool taken_rest(Interp&, Value* a, uint32_t, Value& out) {
  if (a[0].is(ObjKind::Enum) && a[0].as<EnumObj>()->enum_id == kOption) {
    out = none();
  } else {
    out = std::move(a[0]);
  }
  return true;
}

// What `place.replace(v)` leaves behind: Some(v) for an Option.
bool replaced_rest(Interp&, Value* a, uint32_t, Value& out) {
  if (a[0].is(ObjKind::Enum) && a[0].as<EnumObj>()->enum_id == kOption) {
    out = some(std::move(a[1]));
  } else {
    out = std::move(a[0]);
  }
  return true;
}

// mem::take: the default of the value's own kind.
bool default_like(Interp& in, Value* a, uint32_t, Value& out) {
  const Value& v = a[0];
  if (v.is(ObjKind::Enum) && v.as<EnumObj>()->enum_id == kOption)
    out = none();
  else if (v.is(ObjKind::Vec))
    out = make_vec({});
  else if (v.is(ObjKind::Str))
    out = make_str("");
  else if (v.is_int())
    out = Value::integer(0);
  else if (v.is_float())
    out = Value::floating(0);
  else if (v.is_bool())
    out = Value::boolean(false);
  else
    return in.fail("unsupported: `std::mem::take` of this type (no known Default)");
  return true;
}

const FnDef kFunctions[] = {
    {"pollscope::taken_rest", taken_rest, 1, 1},
    {"pollscope::replaced_rest", replaced_rest, 2, 2},
    {"pollscope::default_like", default_like, 1, 1},
};

}  // namespace

namespace family {

const ApiFamily& std_mem() {
  static const ApiFamily f{
      .name = "std::mem",
      .summary = "What mem::take and mem::replace leave behind in the place",
      .functions = kFunctions,
  };
  return f;
}

}  // namespace family
}  // namespace ps::lang
