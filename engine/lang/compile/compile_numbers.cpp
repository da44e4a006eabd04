// Numbers in the compiler: literals become constants of the type inference
// gave them (infer_numbers.cpp), `T::MAX` / `f64::EPSILON` constants, and the
// associated functions of the primitive types (`u8::try_from(x)`,
// `i64::from(x)`, `u32::from_str_radix(s, 16)`, `i32::pow(x, 2)`).
#include <cmath>
#include <limits>

#include "lang/compile/compiler.h"

namespace ps::lang {

namespace {

wide_value kmin(NumKind k) {
  if (kind_unsigned(k)) return 0;
  if (k == NumKind::Int) return INT64_MIN;
  unsigned bits = kind_bits(k) > 64 ? 64 : kind_bits(k);
  return -(static_cast<wide_value>(1) << (bits - 1));
}

wide_value kmax(NumKind k) {
  if (k == NumKind::Int) return static_cast<wide_value>(UINT64_MAX);
  unsigned bits = kind_bits(k) > 64 ? 64 : kind_bits(k);
  if (kind_unsigned(k)) return (static_cast<wide_value>(1) << bits) - 1;
  return (static_cast<wide_value>(1) << (bits - 1)) - 1;
}

bool is_float_kind(NumKind k) { return k == NumKind::F32 || k == NumKind::F64; }

std::string strip_std(std::string p) {
  for (const char* pre : {"std::", "core::"})
    if (p.rfind(pre, 0) == 0) p = p.substr(std::string(pre).size());
  return p;
}

}  // namespace

NumKind Compiler::literal_kind(const Expr& e, NumKind fallback) const {
  auto it = numbers_.literals.find(&e);
  return it == numbers_.literals.end() ? fallback : it->second;
}

// An integer constant of kind k; a value outside k's range is rustc's
// `literal out of range` error, and 128-bit values beyond 64 bits are not supported.
void Compiler::int_constant(const Span& at, wide_value v, NumKind k) {
  if (v < kmin(k) || v > kmax(k)) {
    if (k == NumKind::I128 || k == NumKind::U128)
      error(at, std::string("unsupported: ") + kind_name(k) + " value beyond 64 bits");
    else if (k == NumKind::Int)
      error(at, "integer literal is too large");
    else
      error(at, std::string("literal out of range for `") + kind_name(k) + "`");
    emit(Op::Unit);
    return;
  }
  emit(Op::Int, int_const(static_cast<int64_t>(static_cast<uint64_t>(v))), static_cast<uint32_t>(k));
}

void Compiler::float_constant(double v, NumKind k) {
  prog_.floats.push_back(k == NumKind::F32 ? static_cast<double>(static_cast<float>(v)) : v);
  emit(Op::Float, static_cast<uint32_t>(prog_.floats.size() - 1), static_cast<uint32_t>(k));
}

// `-5i8`, `-128i8`, `-9223372036854775808`: a negated literal is one constant,
// so the minimum of a signed type is written as Rust writes it.
bool Compiler::negative_literal(const Expr& operand) {
  const Expr* x = &operand;
  while (const auto* p = x->as<ParenExpr>()) x = p->inner;
  const auto* l = x->as<LitExpr>();
  if (!l) return false;
  if (l->kind == LitKind::Float) {
    float_constant(-l->float_value, literal_kind(*x, NumKind::F64));
    return true;
  }
  if (l->kind != LitKind::Int) return false;
  NumKind k = literal_kind(*x, NumKind::Int);
  if (is_float_kind(k)) {
    float_constant(-static_cast<double>(l->int_value), k);
    return true;
  }
  if (kind_unsigned(k)) {
    error(operand.span, std::string("cannot apply unary operator `-` to type `") + kind_name(k) + "`");
    emit(Op::Unit);
    return true;
  }
  int_constant(x->span, -static_cast<wide_value>(l->int_value), k);
  return true;
}

// `u8::MAX`, `i64::MIN`, `u32::BITS`, `f32::EPSILON`, `f64::consts::PI`, ...
bool Compiler::numeric_path(const Expr& e, const std::string& full) {
  std::string path = strip_std(full);
  size_t sep = path.find("::");
  if (sep == std::string::npos) return false;
  NumKind k;
  if (!kind_from_name(path.substr(0, sep), k)) return false;
  std::string name = path.substr(sep + 2);
  if (is_float_kind(k)) {
    bool f32 = k == NumKind::F32;
    double v;
    if (name == "MAX")
      v = f32 ? std::numeric_limits<float>::max() : std::numeric_limits<double>::max();
    else if (name == "MIN")
      v = f32 ? -std::numeric_limits<float>::max() : -std::numeric_limits<double>::max();
    else if (name == "MIN_POSITIVE")
      v = f32 ? std::numeric_limits<float>::min() : std::numeric_limits<double>::min();
    else if (name == "EPSILON")
      v = f32 ? std::numeric_limits<float>::epsilon() : std::numeric_limits<double>::epsilon();
    else if (name == "INFINITY")
      v = std::numeric_limits<double>::infinity();
    else if (name == "NEG_INFINITY")
      v = -std::numeric_limits<double>::infinity();
    else if (name == "NAN")
      v = std::numeric_limits<double>::quiet_NaN();
    else if (name == "consts::PI")
      v = M_PI;
    else if (name == "consts::E")
      v = M_E;
    else if (name == "consts::TAU")
      v = 2 * M_PI;
    else if (name == "consts::SQRT_2")
      v = M_SQRT2;
    else if (name == "consts::LN_2")
      v = M_LN2;
    else if (name == "consts::LN_10")
      v = M_LN10;
    else if (name == "consts::FRAC_PI_2")
      v = M_PI_2;
    else if (name == "consts::FRAC_PI_4")
      v = M_PI_4;
    else
      return false;
    float_constant(v, k);
    return true;
  }
  if (name == "BITS") {
    emit(Op::Int, int_const(kind_bits(k)), static_cast<uint32_t>(NumKind::U32));
    return true;
  }
  if (name != "MAX" && name != "MIN") return false;
  if (k == NumKind::I128 || k == NumKind::U128) {
    if (name == "MIN" && k == NumKind::U128) {
      int_constant(e.span, 0, k);
      return true;
    }
    error(e.span, std::string("unsupported: ") + kind_name(k) + " value beyond 64 bits");
    emit(Op::Unit);
    return true;
  }
  int_constant(e.span, name == "MAX" ? kmax(k) : kmin(k), k);
  return true;
}

// `T::from(x)`, `T::try_from(x)`, `T::from_str_radix(s, r)`, and `T::method(x, ..)`
// for the integer and float methods (the same as `x.method(..)` with x of type T).
bool Compiler::numeric_call(const Expr& e, const std::string& full, const CallExpr& c) {
  std::string path = strip_std(full);
  size_t sep = path.find("::");
  if (sep == std::string::npos) return false;
  NumKind k;
  if (!kind_from_name(path.substr(0, sep), k)) return false;
  std::string name = path.substr(sep + 2);
  auto argc = static_cast<uint32_t>(c.args.size());
  const char* native = name == "from"             ? "pollscope::num_from"
                       : name == "try_from"       ? "pollscope::num_try_from"
                       : name == "from_str_radix" ? "pollscope::num_from_str_radix"
                                                  : nullptr;
  if (native) {
    for (const Expr* a : c.args) value_expr(*a);
    emit(Op::Int, int_const(static_cast<int64_t>(k)));
    int32_t n = natives_.find(native);
    if (n < 0) return false;
    emit(Op::CallNative, static_cast<uint32_t>(n), argc + 1, 0, span_id(e.span));
    return true;
  }
  if (argc == 0) return false;
  value_expr(*c.args[0]);
  emit(Op::Unary, static_cast<uint32_t>(Cast::Coerce) + static_cast<uint32_t>(k), 0, 0, span_id(c.args[0]->span));
  for (size_t i = 1; i < c.args.size(); ++i) value_expr(*c.args[i]);
  emit(Op::CallMethod, str_const(name), argc - 1, 0, span_id(e.span));
  return true;
}

}  // namespace ps::lang
