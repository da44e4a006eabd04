// std::fmt::Formatter: the `f` a user `impl Display` writes into.
#include "lang/lib/family.h"

namespace ps::lang {

namespace {

// Writes a formatted string into a user Display impl's Formatter.
bool formatter_write_str(Interp&, Value* a, uint32_t n, Value& out) {
  if (n > 1 && a[1].is(ObjKind::Str)) a[0].as<FormatterObj>()->out += a[1].as<StrObj>()->text;
  out = ok(Value());
  return true;
}

const MethodDef kFormatterMethods[] = {
    {"write_str", formatter_write_str},
};

const MethodGroup kMethods[] = {{HandleKind::Formatter, kFormatterMethods}};

}  // namespace

namespace family {

const ApiFamily& std_fmt() {
  static const ApiFamily f{
      .name = "std::fmt",
      .summary = "The Formatter of a user `impl Display` (write! into it)",
      .methods = kMethods,
  };
  return f;
}

}  // namespace family
}  // namespace ps::lang
