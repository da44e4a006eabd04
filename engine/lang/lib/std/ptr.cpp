// std::ptr: raw pointers. A raw pointer is a reference to a place (value.h's
// RefObj), made by `&x as *const T`; dereferencing it in `unsafe` reads the
// place, so after `mem::swap` it still points where it pointed, as in Rust.
// A null pointer names no place.
#include "lang/lib/family.h"

namespace ps::lang {

namespace {

// `ptr::null()` / `ptr::null_mut()`.
bool null(Interp&, Value*, uint32_t, Value& out) {
  out = Value::adopt(new RefObj(Value(), 0));
  return true;
}

// `p.is_null()`: true only for a pointer that names no place.
bool is_null(Interp&, Value* a, uint32_t, Value& out) {
  out = Value::boolean(a[0].is(ObjKind::Ref) && !a[0].as<RefObj>()->owner.is_obj() && !a[0].as<RefObj>()->raw);
  return true;
}

const FnDef kFunctions[] = {
    {"std::ptr::null",
     null,
     0,
     0,
     {"fn null<T>() -> *const T", "A null raw pointer: it points at nothing.", "std::ptr::null()"}},
    {"std::ptr::null_mut",
     null,
     0,
     0,
     {"fn null_mut<T>() -> *mut T", "A null mutable raw pointer.", "std::ptr::null_mut()"}},
};

const MethodDef kPointerMethods[] = {
    {"is_null", is_null, {"fn is_null(self) -> bool", "True if the pointer is null.", "is_null()"}},
};

const MethodGroup kMethods[] = {{Receiver::Any, kPointerMethods}};

}  // namespace

namespace family {

const ApiFamily& std_ptr() {
  static const ApiFamily f{
      .name = "std::ptr",
      .summary = "Raw pointers: null, is_null; `&x as *const T` points at the place x",
      .functions = kFunctions,
      .methods = kMethods,
  };
  return f;
}

}  // namespace family
}  // namespace ps::lang
