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

// `f.pad(s)`: writes s with the placeholder's width, fill, alignment and precision.
bool formatter_pad(Interp& in, Value* a, uint32_t n, Value& out) {
  if (n < 2 || !a[1].is(ObjKind::Str)) return in.fail("unsupported: `Formatter::pad` takes a `&str`");
  auto* f = a[0].as<FormatterObj>();
  pad_str(f->flags, a[1].as<StrObj>()->text, f->out);
  out = ok(Value());
  return true;
}

// `f.width()` and `f.precision()`: the placeholder's, as `Option<usize>`.
bool formatter_width(Interp&, Value* a, uint32_t, Value& out) {
  const FormatFlags& f = a[0].as<FormatterObj>()->flags;
  out = f.has_width ? some(Value::integer(static_cast<int64_t>(f.width))) : none();
  return true;
}

bool formatter_precision(Interp&, Value* a, uint32_t, Value& out) {
  const FormatFlags& f = a[0].as<FormatterObj>()->flags;
  out = f.has_precision ? some(Value::integer(static_cast<int64_t>(f.precision))) : none();
  return true;
}

// `f.alternate()`: whether the placeholder has `#`.
bool formatter_alternate(Interp&, Value* a, uint32_t, Value& out) {
  out = Value::boolean(a[0].as<FormatterObj>()->flags.alternate);
  return true;
}

// `x.fmt(f)` on a library value inside a user impl: formats x with that Formatter's flags,
// by the trait the impl is for (Display, or Debug in an `impl Debug`).
bool value_fmt(Interp& in, Value* a, uint32_t n, Value& out) {
  if (n < 2 || !a[1].is(ObjKind::Handle) || a[1].as<HandleObj>()->hkind != HandleKind::Formatter)
    return in.fail("unsupported: `fmt` takes the `&mut Formatter` of the impl being run");
  auto* f = a[1].as<FormatterObj>();
  std::string error;
  if (!format_value(in, a[0], f->debug ? FormatTrait::Debug : FormatTrait::Display, f->flags, f->out, error))
    return in.fail(error);
  out = ok(Value());
  return true;
}

const MethodDef kFormatterMethods[] = {
    {"write_str", formatter_write_str}, {"pad", formatter_pad},
    {"width", formatter_width},         {"precision", formatter_precision},
    {"alternate", formatter_alternate},
};

const MethodDef kAnyMethods[] = {
    {"fmt", value_fmt},
};

const MethodGroup kMethods[] = {{HandleKind::Formatter, kFormatterMethods}, {Receiver::Any, kAnyMethods}};

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
