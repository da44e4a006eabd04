// Literal decoding shared by the lexer (which validates) and the parser (which decodes).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ps::lang {

// The result of reading one escape sequence that starts at a backslash.
struct Escape {
  uint32_t length = 0;        // Bytes consumed, including the backslash.
  char32_t value = 0;         // The code point it stands for (unused for line continuations).
  bool ok = false;            // False for unknown or malformed escapes.
  bool continuation = false;  // `\` + newline: skips the newline and leading whitespace.
  bool bad_unicode = false;   // A malformed `\u{...}`.
  bool bad_hex = false;       // A malformed `\x..` (or one above 0x7F).
};

// Reads the escape at `text[0] == '\\'`. `quote` is the literal's delimiter, so `\'` and `\"`
// are both accepted, as in Rust.
Escape read_escape(std::string_view text);

// Appends the UTF-8 encoding of `cp`.
void append_utf8(std::string& out, char32_t cp);

// A decoded string literal. `offsets[i]` is the source byte offset of the i-th byte of `value`
// (one extra entry maps the end), so errors found inside the string can point into the source.
struct CookedString {
  std::string value;
  std::vector<uint32_t> offsets;
};

// Decodes the text of a Str token (`"..."`, `r"..."`, `r#"..."#`) that starts at source offset
// `base`. Invalid escapes (already reported by the lexer) are kept verbatim.
CookedString cook_string(std::string_view text, uint32_t base);

// Decodes the text of a Char token. Returns nothing if it is malformed.
std::optional<char32_t> cook_char(std::string_view text);

// An integer literal split into value and suffix. `overflow` is set when it exceeds 64 bits.
struct IntLiteral {
  uint64_t value = 0;
  std::string_view suffix;
  bool overflow = false;
};
IntLiteral parse_int(std::string_view text);

// A float literal split into value and suffix.
struct FloatLiteral {
  double value = 0;
  std::string_view suffix;
};
FloatLiteral parse_float(std::string_view text);

// True if `s` is one of Rust's integer suffixes (`u8` ... `usize`, `i8` ... `isize`).
bool is_int_suffix(std::string_view s);
// True if `s` is `f32` or `f64`.
bool is_float_suffix(std::string_view s);

}  // namespace ps::lang
