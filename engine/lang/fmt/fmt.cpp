// Display and Debug of values, and running a format plan. The rules are listed in fmt.h.
#include "lang/fmt/fmt.h"

#include <string>
#include <utility>
#include <vector>

namespace ps::lang {

namespace {

// A width or precision taken from an argument is capped like a literal one.
constexpr size_t kMaxCount = 1 << 16;

// What one formatting call carries down the value tree.
struct Ctx {
  FormatHost& host;
  std::string& error;
  int depth = 0;
};

// Values nested deeper than this are refused rather than recursed into, so a
// hostile program cannot overflow the native stack by printing.
constexpr int kMaxDepth = 500;

bool debug_value(Ctx& cx, const FormatFlags& f, const Value& v, std::string& out);

// A Rust-like name for v in "doesn't implement" messages: `Vec`, `Option`, `({integer}, &str)`.
std::string type_name(FormatHost& host, const Value& v) {
  switch (v.tag()) {
    case Value::Tag::Unit: return "()";
    case Value::Tag::Bool: return "bool";
    case Value::Tag::Int: return "{integer}";
    case Value::Tag::Float: return "{float}";
    case Value::Tag::Char: return "char";
    case Value::Tag::Moved: return "moved value";
    case Value::Tag::Obj: break;
  }
  switch (v.obj()->kind) {
    case ObjKind::Str: return "&str";
    case ObjKind::Vec: return "Vec";
    case ObjKind::Tuple: {
      std::string s = "(";
      const auto& items = v.as<TupleObj>()->items;
      for (size_t k = 0; k < items.size(); k++) s += (k ? ", " : "") + type_name(host, items[k]);
      return s + (items.size() == 1 ? ",)" : ")");
    }
    case ObjKind::Struct: {
      const TypeInfo* t = host.type_info(*v.as<StructObj>());
      return t ? t->name : "struct";
    }
    case ObjKind::Enum: {
      static const char* kBuiltin[] = {"Option", "Result", "Poll", "Ordering"};
      uint32_t id = v.as<EnumObj>()->enum_id;
      if (id < kFirstUserEnum) return kBuiltin[id];
      const EnumInfo* e = host.user_enum(id);
      return e ? e->name : "enum";
    }
    case ObjKind::Range: return "Range";
    case ObjKind::Cell: return type_name(host, v.as<CellObj>()->value);
    case ObjKind::Closure: return "closure";
    case ObjKind::Native: return "fn item";
    case ObjKind::Future: return "future";
    case ObjKind::Iter: return "iterator";
    case ObjKind::Handle: return "value";
    case ObjKind::Ref: return "&mut " + type_name(host, deref_all(v));
    case ObjKind::Slot: return type_name(host, v.as<SlotObj>()->value);
  }
  return "value";
}

// Sets the error for a value whose type lacks `trait_name`.
bool missing(Ctx& cx, const Value& v, const char* trait_name) {
  cx.error = "`" + type_name(cx.host, v) + "` doesn't implement `" + trait_name + "`";
  return false;
}

// Appends `text` with every line indented four spaces (Rust's PadAdapter).
void append_indented(std::string& out, const std::string& text) {
  bool at_line_start = true;
  for (char c : text) {
    if (at_line_start) out += "    ";
    out += c;
    at_line_start = c == '\n';
  }
}

// Decimal integer through pad_integral.
void int_display(const FormatFlags& f, int64_t i, std::string& out) {
  format_int(Value::integer(i, NumKind::I64), FormatTrait::Display, f, out);
}

// `Name(a, b)` / `(a,)` / `[a, b]`, or the pretty form with one item per indented line.
bool debug_seq(Ctx& cx, const FormatFlags& f, std::string_view name, char open, char close,
               const std::vector<Value>& items, std::string& out) {
  out += name;
  out += open;
  if (f.alternate && !items.empty()) {
    out += '\n';
    for (const Value& item : items) {
      std::string text;
      if (!debug_value(cx, f, item, text)) return false;
      append_indented(out, text + ",\n");
    }
  } else {
    for (size_t k = 0; k < items.size(); k++) {
      if (k) out += ", ";
      if (!debug_value(cx, f, items[k], out)) return false;
    }
    if (open == '(' && name.empty() && items.size() == 1) out += ',';
  }
  out += close;
  return true;
}

// `Name { a: 1, b: 2 }`, pretty `Name {\n    a: 1,\n}`.
bool debug_fields(Ctx& cx, const FormatFlags& f, std::string_view name, const std::vector<std::string>& names,
                  const std::vector<Value>& fields, std::string& out) {
  out += name;
  out += f.alternate ? " {\n" : " { ";
  for (size_t k = 0; k < fields.size(); k++) {
    std::string text = k < names.size() ? names[k] : std::to_string(k);
    text += ": ";
    if (!debug_value(cx, f, fields[k], text)) return false;
    if (f.alternate) {
      append_indented(out, text + ",\n");
    } else {
      if (k) out += ", ";
      out += text;
    }
  }
  out += f.alternate ? "}" : " }";
  return true;
}

// Derived Debug of a user struct; a struct without fields prints its bare name.
bool debug_struct(Ctx& cx, const FormatFlags& f, const Value& v, std::string& out) {
  const StructObj& s = *v.as<StructObj>();
  const TypeInfo* t = cx.host.type_info(s);
  if (t && t->debug_fn >= 0) return cx.host.user_debug(v, f, out, cx.error);
  if (!t || !t->derives_debug) return missing(cx, v, "Debug");
  if (s.fields.empty()) {
    out += t->name;
    return true;
  }
  if (t->tuple) return debug_seq(cx, f, t->name, '(', ')', s.fields, out);
  return debug_fields(cx, f, t->name, t->fields, s.fields, out);
}

// Option, Result, Poll, Ordering and user enums: the variant name, then its payload as a tuple.
bool debug_enum(Ctx& cx, const FormatFlags& f, const Value& v, std::string& out) {
  const EnumObj& e = *v.as<EnumObj>();
  static const char* kNames[4][3] = {
      {"None", "Some", ""}, {"Ok", "Err", ""}, {"Ready", "Pending", ""}, {"Less", "Equal", "Greater"}};
  std::string name;
  if (e.enum_id < kFirstUserEnum) {
    if (e.variant < 3) name = kNames[e.enum_id][e.variant];
  } else {
    const EnumInfo* info = cx.host.user_enum(e.enum_id);
    if (info && info->debug_fn >= 0) return cx.host.user_debug(v, f, out, cx.error);
    if (!info || !info->derives_debug) return missing(cx, v, "Debug");
    if (e.variant < info->variants.size()) name = info->variants[e.variant];
  }
  if (name.empty()) {
    cx.error = "invalid enum variant";
    return false;
  }
  if (e.payload.empty()) {
    out += name;
    return true;
  }
  if (e.enum_id >= kFirstUserEnum) {
    const EnumInfo* info = cx.host.user_enum(e.enum_id);
    if (e.variant < info->field_names.size() && !info->field_names[e.variant].empty())
      return debug_fields(cx, f, name, info->field_names[e.variant], e.payload, out);
  }
  return debug_seq(cx, f, name, '(', ')', e.payload, out);
}

bool display_value(Ctx& cx, const FormatFlags& f, const Value& v, std::string& out);

// Engine-backed values: wrappers format as what they hold, a Duration is formatted here,
// anything else by the host.
bool host_value(Ctx& cx, const FormatFlags& f, const Value& v, bool is_debug, std::string& out) {
  Value inner;
  if (cx.host.wrapped_value(v, inner)) {
    return is_debug ? debug_value(cx, f, inner, out) : display_value(cx, f, inner, out);
  }
  uint64_t secs = 0;
  uint32_t nanos = 0;
  if (cx.host.duration(v, secs, nanos)) {
    if (!is_debug) {
      cx.error = "`Duration` doesn't implement `std::fmt::Display`";
      return false;
    }
    format_duration(secs, nanos, f, out);
    return true;
  }
  if (cx.host.handle_text(v, is_debug, out)) return true;
  return missing(cx, v, is_debug ? "Debug" : "std::fmt::Display");
}

// `{:?}` with the flags passed down to the leaves.
bool debug_value(Ctx& cx, const FormatFlags& f, const Value& v, std::string& out) {
  if (cx.depth >= kMaxDepth) {
    cx.error = "value nested too deep to print (more than " + std::to_string(kMaxDepth) + " levels)";
    return false;
  }
  struct Level {
    int& d;
    explicit Level(int& x) : d(++x) {}
    ~Level() { --d; }
  } level(cx.depth);
  switch (v.tag()) {
    case Value::Tag::Unit: pad_str(f, "()", out); return true;
    case Value::Tag::Bool: pad_str(f, v.as_bool() ? "true" : "false", out); return true;
    case Value::Tag::Int: format_int(v, FormatTrait::Display, f, out); return true;
    case Value::Tag::Float: format_float_value(v, FormatTrait::Debug, f, out); return true;
    case Value::Tag::Char:
      out += '\'';
      escape_debug_char(v.as_char(), false, true, out);
      out += '\'';
      return true;
    case Value::Tag::Moved: cx.error = "use of moved value"; return false;
    case Value::Tag::Obj: break;
  }
  switch (v.obj()->kind) {
    case ObjKind::Str: debug_str(v.as<StrObj>()->text, out); return true;
    case ObjKind::Vec: return debug_seq(cx, f, "", '[', ']', v.as<VecObj>()->items, out);
    case ObjKind::Tuple:
      if (v.as<TupleObj>()->items.empty()) {
        pad_str(f, "()", out);
        return true;
      }
      return debug_seq(cx, f, "", '(', ')', v.as<TupleObj>()->items, out);
    case ObjKind::Struct: return debug_struct(cx, f, v, out);
    case ObjKind::Enum: return debug_enum(cx, f, v, out);
    case ObjKind::Range: {
      const RangeObj& r = *v.as<RangeObj>();
      int_display(f, r.start, out);
      out += "..";
      if (r.bounded) int_display(f, r.end, out);
      return true;
    }
    case ObjKind::Cell: return debug_value(cx, f, v.as<CellObj>()->value, out);
    case ObjKind::Ref:
      if (v.as<RefObj>()->raw || !v.as<RefObj>()->owner.is_obj()) {
        cx.error = "unsupported: printing a raw pointer (Rust prints its address)";
        return false;
      }
      return debug_value(cx, f, deref_all(v), out);
    default: return host_value(cx, f, v, true, out);
  }
}

// `{}`: scalars and strings, user Display impls, and host values that have a Display.
bool display_value(Ctx& cx, const FormatFlags& f, const Value& v, std::string& out) {
  switch (v.tag()) {
    case Value::Tag::Bool: pad_str(f, v.as_bool() ? "true" : "false", out); return true;
    case Value::Tag::Int: format_int(v, FormatTrait::Display, f, out); return true;
    case Value::Tag::Float: format_float_value(v, FormatTrait::Display, f, out); return true;
    case Value::Tag::Char: {
      std::string s;
      append_utf8(s, v.as_char());
      pad_str(f, s, out);
      return true;
    }
    case Value::Tag::Moved: cx.error = "use of moved value"; return false;
    case Value::Tag::Unit: return missing(cx, v, "std::fmt::Display");
    case Value::Tag::Obj: break;
  }
  switch (v.obj()->kind) {
    case ObjKind::Str: pad_str(f, v.as<StrObj>()->text, out); return true;
    case ObjKind::Cell: return display_value(cx, f, v.as<CellObj>()->value, out);
    case ObjKind::Ref: return display_value(cx, f, deref_all(v), out);
    case ObjKind::Struct: {
      const TypeInfo* t = cx.host.type_info(*v.as<StructObj>());
      std::string builtin;
      if (t && t->fmt_fn < 0 && cx.host.builtin_display(v, builtin)) {
        out += builtin;
        return true;
      }
      if (!t || t->fmt_fn < 0) return missing(cx, v, "std::fmt::Display");
      return cx.host.user_display_flags(v, f, out, cx.error);
    }
    case ObjKind::Enum: {
      uint32_t id = v.as<EnumObj>()->enum_id;
      const EnumInfo* e = id >= kFirstUserEnum ? cx.host.user_enum(id) : nullptr;
      if (!e || e->fmt_fn < 0) return missing(cx, v, "std::fmt::Display");
      return cx.host.user_display_flags(v, f, out, cx.error);
    }
    case ObjKind::Vec:
    case ObjKind::Tuple:
    case ObjKind::Range: return missing(cx, v, "std::fmt::Display");
    default: return host_value(cx, f, v, false, out);
  }
}

// The Rust path of a formatting trait, for error messages.
const char* trait_path(FormatTrait trait) {
  switch (trait) {
    case FormatTrait::LowerHex: return "std::fmt::LowerHex";
    case FormatTrait::UpperHex: return "std::fmt::UpperHex";
    case FormatTrait::Octal: return "std::fmt::Octal";
    case FormatTrait::Binary: return "std::fmt::Binary";
    case FormatTrait::LowerExp: return "std::fmt::LowerExp";
    case FormatTrait::UpperExp: return "std::fmt::UpperExp";
    case FormatTrait::Debug: return "Debug";
    case FormatTrait::Display: break;
  }
  return "std::fmt::Display";
}

// Reads a width or precision; argument counts must be non-negative integers.
bool resolve_count(const FormatCount& c, const Value* args, size_t nargs, bool& has, size_t& value,
                   std::string& error) {
  has = c.kind != FormatCount::Kind::None;
  if (c.kind == FormatCount::Kind::Literal) value = c.value;
  if (c.kind != FormatCount::Kind::Arg) return true;
  if (c.arg.kind != FormatArgRef::Kind::Index || c.arg.index >= nargs) {
    error = "format width or precision refers to a missing argument";
    return false;
  }
  const Value& a = args[c.arg.index];
  if (!a.is_int() || a.as_int() < 0) {
    error = "format width or precision must be a `usize`";
    return false;
  }
  if (static_cast<uint64_t>(a.as_int()) > kMaxCount) {
    error = "format width or precision is too large";
    return false;
  }
  value = static_cast<size_t>(a.as_int());
  return true;
}

}  // namespace

// Numeric traits look through cells; Display and Debug handle every kind.
bool format_value(FormatHost& host, const Value& v, FormatTrait trait, const FormatFlags& flags, std::string& out,
                  std::string& error) {
  Ctx cx{host, error};
  if (trait == FormatTrait::Display) return display_value(cx, flags, v, out);
  if (trait == FormatTrait::Debug) return debug_value(cx, flags, v, out);
  const Value* x = &v;
  while (x->is(ObjKind::Cell)) x = &x->as<CellObj>()->value;
  bool exp = trait == FormatTrait::LowerExp || trait == FormatTrait::UpperExp;
  if (x->is_int()) {
    format_int(*x, trait, flags, out);
  } else if (x->is_float() && exp) {
    format_float_value(*x, trait, flags, out);
  } else {
    return missing(cx, *x, trait_path(trait));
  }
  return true;
}

bool display(FormatHost& host, const Value& v, std::string& out, std::string& error) {
  return format_value(host, v, FormatTrait::Display, FormatFlags{}, out, error);
}

bool debug(FormatHost& host, const Value& v, bool pretty, std::string& out, std::string& error) {
  FormatFlags flags;
  flags.alternate = pretty;
  return format_value(host, v, FormatTrait::Debug, flags, out, error);
}

// Literal pieces are copied; each placeholder resolves its flags, then formats its argument.
// Captured names must have been turned into argument positions by the compiler.
bool run_format(FormatHost& host, const FormatPlan& plan, const Value* args, size_t nargs, std::string& out,
                std::string& error) {
  for (const FormatPiece& p : plan.pieces) {
    if (p.kind == FormatPiece::Kind::Literal) {
      out += p.literal;
      continue;
    }
    if (p.arg.kind != FormatArgRef::Kind::Index || p.arg.index >= nargs) {
      error = "format placeholder refers to a missing argument";
      return false;
    }
    const FormatSpec& s = p.spec;
    FormatFlags f;
    f.fill = s.fill;
    f.align = s.align;
    f.sign_plus = s.sign_plus;
    f.alternate = s.alternate;
    f.zero_pad = s.zero_pad;
    if (!resolve_count(s.width, args, nargs, f.has_width, f.width, error)) return false;
    if (!resolve_count(s.precision, args, nargs, f.has_precision, f.precision, error)) return false;
    if (!format_value(host, args[p.arg.index], s.trait, f, out, error)) return false;
  }
  return true;
}

}  // namespace ps::lang
