// std::time::Duration and Instant (tokio's Instant too): constructors,
// methods, and the operators the VM hands over (`time_binary`). Both count
// microseconds of the runtime's virtual clock: a Duration that would need
// nanoseconds (`Duration::from_nanos(1)`, `Duration::from_millis(10) / 3`) is
// a located `unsupported:` error rather than a rounded value.
#include <cmath>
#include <limits>

#include "lang/base/operators.h"
#include "lang/lib/std/std_internal.h"

namespace ps::lang {
namespace stdlib {
namespace {

constexpr int64_t kMicrosPerSec = 1'000'000;

int64_t us_of(const Value& v) { return static_cast<TimeObj*>(deref_guard(v).as<HandleObj>())->us; }

Value duration(int64_t us) { return time_value(HandleKind::Duration, us); }

bool want_duration(Interp& in, const Value& v, int64_t& us) {
  Value d = deref_guard(v);
  if (!is_time(d, HandleKind::Duration)) return in.fail("mismatched types: expected `Duration`");
  us = us_of(d);
  return true;
}

bool want_instant(Interp& in, const Value& v, int64_t& us) {
  Value d = deref_guard(v);
  if (!is_time(d, HandleKind::Instant)) return in.fail("mismatched types: expected `Instant`");
  us = us_of(d);
  return true;
}

// The error for a Duration the microsecond clock cannot hold exactly.
bool finer_than_micros(Interp& in) {
  return in.fail("unsupported: a Duration finer than a microsecond (the virtual clock counts whole microseconds)");
}

// Duration::from_secs(n) and friends: n * Mul / Div microseconds.
template <int64_t Mul, int64_t Div>
bool from_units(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t n;
  if (!want_int(in, a[0], n)) return false;
  if (n < 0) return in.fail("mismatched types: expected `u64`, found a negative integer");
  if (Mul > 1 && n > std::numeric_limits<int64_t>::max() / Mul) return in.fail("overflow in Duration::new");
  if (Div > 1 && n % Div != 0) return finer_than_micros(in);
  out = duration(n * Mul / Div);
  return true;
}

// Duration::from_secs_f64(s): rounded to the nearest nanosecond, as std does.
bool duration_of_secs(Interp& in, double s, Value& out) {
  if (s < 0) return in.fail("cannot convert float seconds to Duration: value is negative");
  if (!std::isfinite(s) || s * kMicrosPerSec > 9.2e18)
    return in.fail("cannot convert float seconds to Duration: value is either too big or NaN");
  auto nanos = static_cast<int64_t>(std::llround(s * 1e9));
  if (nanos % 1000 != 0) return finer_than_micros(in);
  out = duration(nanos / 1000);
  return true;
}

template <bool F32>
bool from_secs_float(Interp& in, Value* a, uint32_t, Value& out) {
  double s;
  if (!want_float(in, a[0], s)) return false;
  if (F32) s = static_cast<double>(static_cast<float>(s));
  return duration_of_secs(in, s, out);
}

bool duration_new(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t secs, nanos;
  if (!want_int(in, a[0], secs) || !want_int(in, a[1], nanos)) return false;
  if (secs < 0 || nanos < 0) return in.fail("mismatched types: expected an unsigned integer, found a negative integer");
  if (nanos % 1000 != 0) return finer_than_micros(in);
  out = duration(secs * kMicrosPerSec + nanos / 1000);
  return true;
}

bool instant_now(Interp& in, Value*, uint32_t, Value& out) {
  out = time_value(HandleKind::Instant, static_cast<int64_t>(in.rt.now_us()));
  return true;
}

// --- Duration methods ----------------------------------------------------------------

template <int64_t Div>
bool as_units(Interp&, Value* a, uint32_t, Value& out) {
  out = Value::integer(us_of(a[0]) / Div, Div == kMicrosPerSec ? NumKind::U64 : NumKind::U128);
  return true;
}

bool as_nanos(Interp&, Value* a, uint32_t, Value& out) {
  out = Value::integer(us_of(a[0]) * 1000, NumKind::U128);
  return true;
}

// Duration::as_secs_f64 as std computes it: whole seconds plus nanoseconds / 1e9;
// as_secs_f32 rounds that to f32.
double secs_f64(int64_t us) {
  return static_cast<double>(us / kMicrosPerSec) + static_cast<double>(us % kMicrosPerSec * 1000) / 1e9;
}

template <bool F32 = false>
bool as_secs_f(Interp&, Value* a, uint32_t, Value& out) {
  double v = secs_f64(us_of(a[0]));
  out = F32 ? Value::floating(static_cast<float>(v), NumKind::F32) : Value::floating(v);
  return true;
}

template <bool F32 = false>
bool as_millis_f(Interp&, Value* a, uint32_t, Value& out) {
  double v = static_cast<double>(us_of(a[0])) / 1000;
  out = F32 ? Value::floating(static_cast<float>(v), NumKind::F32) : Value::floating(v);
  return true;
}

template <int64_t Div>
bool subsec(Interp&, Value* a, uint32_t, Value& out) {
  out = Value::integer(us_of(a[0]) % kMicrosPerSec / Div, NumKind::U32);
  return true;
}

bool subsec_nanos(Interp&, Value* a, uint32_t, Value& out) {
  out = Value::integer(us_of(a[0]) % kMicrosPerSec * 1000, NumKind::U32);
  return true;
}

bool is_zero(Interp&, Value* a, uint32_t, Value& out) {
  out = Value::boolean(us_of(a[0]) == 0);
  return true;
}

bool d_checked_add(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t b;
  if (!want_duration(in, a[1], b)) return false;
  int64_t r;
  out = __builtin_add_overflow(us_of(a[0]), b, &r) ? none() : some(duration(r));
  return true;
}

bool d_checked_sub(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t b;
  if (!want_duration(in, a[1], b)) return false;
  int64_t r = us_of(a[0]) - b;
  out = r < 0 ? none() : some(duration(r));
  return true;
}

bool d_saturating_sub(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t b;
  if (!want_duration(in, a[1], b)) return false;
  out = duration(std::max<int64_t>(0, us_of(a[0]) - b));
  return true;
}

bool d_abs_diff(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t b;
  if (!want_duration(in, a[1], b)) return false;
  out = duration(std::llabs(us_of(a[0]) - b));
  return true;
}

bool d_checked_mul(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t k, r;
  if (!want_int(in, a[1], k)) return false;
  out = k < 0 || __builtin_mul_overflow(us_of(a[0]), k, &r) ? none() : some(duration(r));
  return true;
}

// `d / k` as std computes it, in nanoseconds (rounded down).
bool divided(Interp& in, int64_t us, int64_t k, Value& out) {
  if (us % k != 0 && (us > std::numeric_limits<int64_t>::max() / 1000 || us * 1000 / k % 1000 != 0))
    return finer_than_micros(in);
  out = duration(us / k);
  return true;
}

bool d_checked_div(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t k;
  if (!want_int(in, a[1], k)) return false;
  if (k <= 0) {
    out = none();
    return true;
  }
  Value d;
  if (!divided(in, us_of(a[0]), k, d)) return false;
  out = some(std::move(d));
  return true;
}

bool d_mul_f(Interp& in, Value* a, uint32_t, Value& out) {
  double f;
  if (!want_float(in, a[1], f)) return false;
  return duration_of_secs(in, f * secs_f64(us_of(a[0])), out);
}

bool d_div_f(Interp& in, Value* a, uint32_t, Value& out) {
  double f;
  if (!want_float(in, a[1], f)) return false;
  return duration_of_secs(in, secs_f64(us_of(a[0])) / f, out);
}

bool d_div_duration(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t b;
  if (!want_duration(in, a[1], b)) return false;
  out = Value::floating(static_cast<double>(us_of(a[0])) / static_cast<double>(b));
  return true;
}

bool time_clone(Interp&, Value* a, uint32_t, Value& out) {
  out = deref_guard(a[0]);
  return true;
}

const MethodDef kDurationMethods[] = {
    PS_M("as_secs", as_units<kMicrosPerSec>, 0, 0),
    PS_M("as_millis", as_units<1000>, 0, 0),
    PS_M("as_micros", as_units<1>, 0, 0),
    PS_M("as_nanos", as_nanos, 0, 0),
    PS_M("as_secs_f64", as_secs_f<>, 0, 0),
    PS_M("as_secs_f32", as_secs_f<true>, 0, 0),
    PS_M("as_millis_f64", as_millis_f<>, 0, 0),
    PS_M("as_millis_f32", as_millis_f<true>, 0, 0),
    PS_M("subsec_millis", subsec<1000>, 0, 0),
    PS_M("subsec_micros", subsec<1>, 0, 0),
    PS_M("subsec_nanos", subsec_nanos, 0, 0),
    PS_M("is_zero", is_zero, 0, 0),
    PS_M("checked_add", d_checked_add, 1, 1),
    PS_M("checked_sub", d_checked_sub, 1, 1),
    PS_M("saturating_sub", d_saturating_sub, 1, 1),
    PS_M("abs_diff", d_abs_diff, 1, 1),
    PS_M("checked_mul", d_checked_mul, 1, 1),
    PS_M("checked_div", d_checked_div, 1, 1),
    PS_M("mul_f64", d_mul_f, 1, 1),
    PS_M("mul_f32", d_mul_f, 1, 1),
    PS_M("div_f64", d_div_f, 1, 1),
    PS_M("div_f32", d_div_f, 1, 1),
    PS_M("div_duration_f64", d_div_duration, 1, 1),
    PS_M("div_duration_f32", d_div_duration, 1, 1),
    PS_M("clone", time_clone, 0, 0),
};

// --- Instant methods -----------------------------------------------------------------

bool elapsed(Interp& in, Value* a, uint32_t, Value& out) {
  out = duration(std::max<int64_t>(0, static_cast<int64_t>(in.rt.now_us()) - us_of(a[0])));
  return true;
}

// duration_since saturates at zero (Rust 1.60+), as does saturating_duration_since.
bool duration_since(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t b;
  if (!want_instant(in, a[1], b)) return false;
  out = duration(std::max<int64_t>(0, us_of(a[0]) - b));
  return true;
}

bool checked_duration_since(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t b;
  if (!want_instant(in, a[1], b)) return false;
  int64_t r = us_of(a[0]) - b;
  out = r < 0 ? none() : some(duration(r));
  return true;
}

bool i_checked_add(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t d, r;
  if (!want_duration(in, a[1], d)) return false;
  out = __builtin_add_overflow(us_of(a[0]), d, &r) ? none() : some(time_value(HandleKind::Instant, r));
  return true;
}

bool i_checked_sub(Interp& in, Value* a, uint32_t, Value& out) {
  int64_t d;
  if (!want_duration(in, a[1], d)) return false;
  int64_t r = us_of(a[0]) - d;
  out = r < 0 ? none() : some(time_value(HandleKind::Instant, r));
  return true;
}

const MethodDef kInstantMethods[] = {
    PS_M("elapsed", elapsed, 0, 0),
    PS_M("duration_since", duration_since, 1, 1),
    PS_M("saturating_duration_since", duration_since, 1, 1),
    PS_M("checked_duration_since", checked_duration_since, 1, 1),
    PS_M("checked_add", i_checked_add, 1, 1),
    PS_M("checked_sub", i_checked_sub, 1, 1),
    PS_M("into_std", time_clone, 0, 0),
    PS_M("clone", time_clone, 0, 0),
};

}  // namespace

namespace {

// Duration and Instant are Copy: a clone is a new value of the same time.
bool clone_time(Interp&, const Value& v, Value& out) {
  out = time_value(v.as<HandleObj>()->hkind, v.as<TimeObj>()->us);
  return true;
}

bool instant_text(Interp&, const Value&, bool, std::string& out) {
  out += "Instant { .. }";
  return true;
}

const FnDef kTimeNatives[] = {
    {"std::time::Duration::from_secs",
     from_units<kMicrosPerSec, 1>,
     1,
     1,
     {"Duration::from_secs(u64) -> Duration", "A span of (virtual) time in seconds.", "Duration::from_secs(${1:1})",
      "Duration::from_secs"}},
    {"std::time::Duration::from_millis",
     from_units<1000, 1>,
     1,
     1,
     {"Duration::from_millis(u64) -> Duration", "A span of (virtual) time in milliseconds.",
      "Duration::from_millis(${1:100})", "Duration::from_millis"}},
    {"std::time::Duration::from_micros",
     from_units<1, 1>,
     1,
     1,
     {"Duration::from_micros(u64) -> Duration", "A span of (virtual) time in microseconds.",
      "Duration::from_micros(${1:100})", "Duration::from_micros"}},
    {"std::time::Duration::from_nanos", from_units<1, 1000>, 1, 1},
    {"std::time::Duration::from_secs_f64", from_secs_float<false>, 1, 1},
    {"std::time::Duration::from_secs_f32", from_secs_float<true>, 1, 1},
    {"std::time::Duration::new", duration_new, 2, 2},
    {"std::time::Instant::now",
     instant_now,
     0,
     0,
     {"Instant::now() -> Instant", "The current virtual time; `elapsed()` gives the virtual time since.",
      "Instant::now()", "Instant::now"}},
    {"tokio::time::Instant::now", instant_now, 0, 0},
};

const MethodGroup kTimeMethods[] = {
    {HandleKind::Duration, kDurationMethods},
    {HandleKind::Instant, kInstantMethods},
};

const CloneRule kTimeClones[] = {{HandleKind::Duration, clone_time}, {HandleKind::Instant, clone_time}};
const TextRule kTimeTexts[] = {{HandleKind::Instant, instant_text}};

}  // namespace

}  // namespace stdlib

namespace family {

const ApiFamily& std_time() {
  static const ApiFamily f{
      .name = "std::time",
      .summary = "Duration and Instant on the virtual clock, and their arithmetic",
      .functions = stdlib::kTimeNatives,
      .methods = stdlib::kTimeMethods,
      .clones = stdlib::kTimeClones,
      .texts = stdlib::kTimeTexts,
      .through_guards = true,
  };
  return f;
}

}  // namespace family

// Operators on Duration and Instant, as std implements them (panicking on overflow).
bool time_binary(Interp& in, uint32_t op, const Value& a0, const Value& b0, Value& out) {
  using stdlib::is_time;
  Value a = stdlib::deref_guard(a0), b = stdlib::deref_guard(b0);
  auto kind = [](const Value& v) { return v.is(ObjKind::Handle) ? v.as<HandleObj>()->hkind : HandleKind::Waker; };
  bool ad = is_time(a, HandleKind::Duration), ai = is_time(a, HandleKind::Instant);
  bool bd = is_time(b, HandleKind::Duration), bi = is_time(b, HandleKind::Instant);
  if (!ad && !ai && !bd && !bi) return false;  // not a time value: the caller decides
  auto us = [](const Value& v) { return static_cast<TimeObj*>(v.as<HandleObj>())->us; };
  auto bop = static_cast<BinaryOp>(op);
  if ((ad || ai) && kind(a) == kind(b) && bop >= BinaryOp::Eq) {
    int64_t x = us(a), y = us(b);
    bool r = false;
    switch (bop) {
      case BinaryOp::Eq: r = x == y; break;
      case BinaryOp::Ne: r = x != y; break;
      case BinaryOp::Lt: r = x < y; break;
      case BinaryOp::Le: r = x <= y; break;
      case BinaryOp::Gt: r = x > y; break;
      case BinaryOp::Ge: r = x >= y; break;
      default: break;
    }
    out = Value::boolean(r);
    return true;
  }
  int64_t r;
  switch (bop) {
    case BinaryOp::Add:
      if (ad && bd) {
        if (__builtin_add_overflow(us(a), us(b), &r)) return in.fail("overflow when adding durations");
        out = stdlib::duration(r);
        return true;
      }
      if ((ai && bd) || (ad && bi)) {
        if (__builtin_add_overflow(us(a), us(b), &r)) return in.fail("overflow when adding duration to instant");
        out = stdlib::time_value(HandleKind::Instant, r);
        return true;
      }
      break;
    case BinaryOp::Sub:
      if (ad && bd) {
        r = us(a) - us(b);
        if (r < 0) return in.fail("overflow when subtracting durations");
        out = stdlib::duration(r);
        return true;
      }
      if (ai && bd) {
        r = us(a) - us(b);
        if (r < 0) return in.fail("overflow when subtracting duration from instant");
        out = stdlib::time_value(HandleKind::Instant, r);
        return true;
      }
      if (ai && bi) {
        out = stdlib::duration(std::max<int64_t>(0, us(a) - us(b)));
        return true;
      }
      break;
    case BinaryOp::Mul:
      if ((ad && b.is_int()) || (a.is_int() && bd)) {
        int64_t d = ad ? us(a) : us(b), k = ad ? b.as_int() : a.as_int();
        if (k < 0 || __builtin_mul_overflow(d, k, &r)) return in.fail("overflow when multiplying duration by scalar");
        out = stdlib::duration(r);
        return true;
      }
      break;
    case BinaryOp::Div:
      if (ad && b.is_int()) {
        if (b.as_int() == 0) return in.fail("divide by zero error when dividing duration by scalar");
        if (b.as_int() < 0) break;
        return stdlib::divided(in, us(a), b.as_int(), out);
      }
      break;
    default: break;
  }
  static const char* names[] = {"+", "-", "*", "/", "%"};
  const char* sym = op < 5 ? names[op] : "this operator";
  auto tname = [&](const Value& v) -> std::string {
    if (is_time(v, HandleKind::Duration)) return "Duration";
    if (is_time(v, HandleKind::Instant)) return "Instant";
    if (v.is_int()) return "integer";
    if (v.is_float()) return "float";
    return "value";
  };
  return in.fail("cannot apply `" + std::string(sym) + "` to `" + tname(a) + "` and `" + tname(b) + "`");
}

}  // namespace ps::lang
