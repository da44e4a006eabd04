// Format strings of `println!`, `format!` and friends, parsed into pieces.
//
// "x = {x:>8}, {:?}{{" becomes: Literal "x = ", Placeholder(arg x, align right, width 8),
// Literal ", ", Placeholder(next positional, Debug), Literal "{". Placeholders refer to the
// macro's arguments by index once resolve_format_args has run; a name with no matching `name =`
// argument is an implicit capture of a variable in scope (Rust 2021).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lang/base/literal.h"
#include "lang/base/source.h"

namespace ps::lang {

enum class FormatAlign : uint8_t { None, Left, Center, Right };

// Which formatting trait a placeholder uses: `{}`, `{:?}`, `{:x}`, `{:X}`, `{:o}`, `{:b}`,
// `{:e}`, `{:E}`. `{:x?}` is Debug with hex integers (kept as Debug).
enum class FormatTrait : uint8_t { Display, Debug, LowerHex, UpperHex, Octal, Binary, LowerExp, UpperExp };

// Which argument a placeholder, width or precision reads.
struct FormatArgRef {
  enum class Kind : uint8_t {
    Index,    // `index` is a position in the macro's argument list (after resolution).
    Capture,  // `name` is a variable captured from the enclosing scope.
  };
  Kind kind = Kind::Index;
  uint32_t index = 0;
  std::string name;       // As written for `{name}` / `{name:width$}`; empty for positions.
  bool implicit = false;  // `{}`: the next positional argument.
};

// A width or precision: absent, a literal number, or taken from an argument (`{:1$}`,
// `{:width$}`, `{:.*}`).
struct FormatCount {
  enum class Kind : uint8_t { None, Literal, Arg };
  Kind kind = Kind::None;
  uint32_t value = 0;
  FormatArgRef arg;
};

struct FormatSpec {
  char32_t fill = ' ';
  FormatAlign align = FormatAlign::None;
  bool sign_plus = false;   // `+`
  bool sign_minus = false;  // `-`
  bool alternate = false;   // `#`
  bool zero_pad = false;    // `0`
  FormatCount width;
  FormatCount precision;
  FormatTrait trait = FormatTrait::Display;
};

struct FormatPiece {
  enum class Kind : uint8_t { Literal, Placeholder };
  Kind kind = Kind::Literal;
  Span span;            // Where the piece sits in the source.
  std::string literal;  // Text with `{{` / `}}` already reduced, for Literal pieces.
  FormatArgRef arg;     // For placeholders.
  FormatSpec spec;
};

struct FormatString {
  Span span;  // The whole string literal.
  std::vector<FormatPiece> pieces;
};

// Parses the decoded contents of a string literal. `literal_span` is the literal's token span in
// `source`; errors such as "invalid format string: expected `}`" point at the exact character.
// Returns false (after adding diagnostics) if the string is malformed.
bool parse_format_string(const CookedString& text, std::string_view source, const Span& literal_span, FormatString& out,
                         std::vector<Diagnostic>& diagnostics);

// A macro argument as seen by the resolver: its name (empty if positional) and span.
struct FormatArgInfo {
  std::string_view name;
  Span span;
};

// Binds placeholders to the macro's arguments: positional ones by index, named ones to the
// `name = value` argument or else to a capture. Reports a count mismatch at the string and each
// unused argument at the argument.
bool resolve_format_args(FormatString& format, const std::vector<FormatArgInfo>& args,
                         std::vector<Diagnostic>& diagnostics);

}  // namespace ps::lang
