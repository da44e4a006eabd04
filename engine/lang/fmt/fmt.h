// Formatting of values the way Rust's `std::fmt` prints them: `{}` (Display), `{:?}` and
// `{:#?}` (Debug), the integer radix traits, `{:e}`, and width / fill / alignment / sign /
// zero-padding / precision.
//
// Rules followed (each matches rustc's output):
// - Numbers align right by default, everything else left. `0` padding is sign-aware and
//   overrides fill and alignment. Width counts code points.
// - Derived Debug of containers (Vec, tuples, Option, structs, enums, ranges) passes the flags
//   down to the leaves: `{:5?}` of `Some(1)` is `Some(    1)`. Leaves that Rust writes
//   without padding (str and char Debug, names of unit variants and unit structs) stay unpadded.
// - Integers are i64: `{:x}` of a negative number prints its 64-bit two's complement, where Rust
//   would use the declared type's width.
// - A user `impl Display` runs through the host and its text is used as is: width and fill are
//   ignored, as they are for the common `write!(f, ...)` implementations; the impl's Formatter
//   carries the flags, so `f.pad(s)` honours them as Rust's does.
// - Cells (Arc, Mutex, RefCell contents) are transparent: they print as the value they hold.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "lang/base/format_string.h"
#include "lang/program/program.h"
#include "lang/program/value.h"

namespace ps::lang {

struct FormatFlags;

// What formatting needs from the interpreter: type metadata and user Display impls.
class FormatHost {
 public:
  virtual ~FormatHost() = default;
  virtual const TypeInfo* type_info(const StructObj& s) const { return s.type; }
  virtual const EnumInfo* user_enum(uint32_t enum_id) const = 0;  // enum_id >= kFirstUserEnum
  // Runs a user `impl Display` (TypeInfo::fmt_fn / EnumInfo::fmt_fn) for v; false on a runtime error (message in
  // `error`).
  virtual bool user_display(const Value& v, std::string& out, std::string& error) = 0;
  // The same with the placeholder's flags, which the impl's Formatter carries (`f.pad`,
  // `f.width()` read them). Hosts without a Formatter ignore them.
  virtual bool user_display_flags(const Value& v, const FormatFlags& flags, std::string& out, std::string& error) {
    (void)flags;
    return user_display(v, out, error);
  }
  // Runs a hand-written `impl Debug` (TypeInfo::debug_fn / EnumInfo::debug_fn) with the flags.
  virtual bool user_debug(const Value& v, const FormatFlags& flags, std::string& out, std::string& error) {
    (void)v, (void)flags, (void)out;
    error = "this type doesn't implement `Debug`";
    return false;
  }
  // Display/Debug text of ObjKind::Handle, Future, Closure, Native, Iter values (wakers, channels, Duration...). Return
  // false if the value has no such text.
  virtual bool handle_text(const Value& v, bool debug, std::string& out) = 0;
  // Display of the runtime library's own struct values (ParseIntError, ...).
  virtual bool builtin_display(const Value& v, std::string& out) {
    (void)v, (void)out;
    return false;
  }
  // If v only wraps another value and formats as it (a MutexGuard, a Ref), that value: it is
  // then formatted with the placeholder's full flags, `{:#?}` included. Asked first.
  virtual bool wrapped_value(const Value& v, Value& inner) const {
    (void)v, (void)inner;
    return false;
  }
  // If v is a `std::time::Duration` (or tokio's re-export), its length; Debug then prints it as
  // Rust does (`1.5s`, `{:.2?}` → `1.50s`, width honoured). Asked before handle_text.
  virtual bool duration(const Value& v, uint64_t& secs, uint32_t& nanos) const {
    (void)v, (void)secs, (void)nanos;
    return false;
  }
};

// `{}` of v (Display). Returns false with `error` set when v has no Display (e.g. a Vec: "`Vec` doesn't implement
// `std::fmt::Display`").
bool display(FormatHost& host, const Value& v, std::string& out, std::string& error);
// `{:?}` / `{:#?}` of v.
bool debug(FormatHost& host, const Value& v, bool pretty, std::string& out, std::string& error);
// Runs a whole format plan against `args` (already in argument order; width/precision args by index too).
bool run_format(FormatHost& host, const FormatPlan& plan, const Value* args, size_t nargs, std::string& out,
                std::string& error);

// The flags of one placeholder with width and precision resolved to numbers.
struct FormatFlags {
  char32_t fill = ' ';
  FormatAlign align = FormatAlign::None;
  bool sign_plus = false;
  bool alternate = false;  // `#`: radix prefixes, and pretty Debug
  bool zero_pad = false;
  bool has_width = false;
  size_t width = 0;
  bool has_precision = false;
  size_t precision = 0;
};

// Formats v with one placeholder's trait and flags, appending to `out`.
bool format_value(FormatHost& host, const Value& v, FormatTrait trait, const FormatFlags& flags, std::string& out,
                  std::string& error);

// --- Building blocks, shared with the float formatter and usable by natives --------------

// Appends `s` padded to the width (Formatter::padding): no truncation.
void pad_to_width(const FormatFlags& f, std::string_view s, FormatAlign default_align, std::string& out);
// Formatter::pad: precision truncates to that many chars, then the width pads (left default).
void pad_str(const FormatFlags& f, std::string_view s, std::string& out);
// Formatter::pad_integral and pad_formatted_parts: `sign` then `body`, right-aligned by default,
// with sign-aware zero padding.
void pad_number(const FormatFlags& f, std::string_view sign, std::string_view body, std::string& out);
// The number of code points in UTF-8 text.
size_t utf8_length(std::string_view s);

// Rust's `escape_debug` of one char into `out`; `in_str` selects which quote is escaped and
// `first` whether a leading combining mark must be escaped.
void escape_debug_char(char32_t c, bool in_str, bool first, std::string& out);
// `{:?}` of a string: quoted and escaped.
void debug_str(std::string_view s, std::string& out);

// The shortest decimal digits that read back as x (x finite and > 0): x = 0.DIGITS × 10^exp.
// With `f32`, the shortest digits that read back as the same f32.
void shortest_digits(double x, std::string& digits, int& exp, bool f32 = false);
// A float with Display, Debug, LowerExp or UpperExp and the flags (an f32 with its own shortest digits).
void format_float(double x, FormatTrait trait, const FormatFlags& f, std::string& out, bool f32 = false);
// An integer value with any numeric trait, at its kind's width: `{:x}` of -1i8 is `ff`.
void format_int(const Value& v, FormatTrait trait, const FormatFlags& f, std::string& out);
// A float value with Display, Debug, LowerExp or UpperExp.
inline void format_float_value(const Value& v, FormatTrait trait, const FormatFlags& f, std::string& out) {
  format_float(v.as_float(), trait, f, out, v.is_f32());
}
// An integer with LowerExp or UpperExp (`{:e}` of 1234 is `1.234e3`).
void format_int_exp(int64_t v, bool upper, const FormatFlags& f, std::string& out);
// The same for a magnitude and a sign.
void format_exp_magnitude(uint64_t magnitude, bool negative, bool upper, const FormatFlags& f, std::string& out);
// Debug of a Duration (`1.5s`, `15ms`, `3µs`, `0ns`).
void format_duration(uint64_t secs, uint32_t nanos, const FormatFlags& f, std::string& out);

}  // namespace ps::lang
