// Source positions and diagnostics shared by the lexer, the parser and later passes.
//
// A Span is a byte range of the source plus the 1-based line and column of its first byte.
// Columns count Unicode scalar values (code points), not bytes, so `"🚀" x` puts `x` at column
// 5, as an editor would show it. A tab counts as one column.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ps::lang {

struct Span {
  uint32_t offset = 0;  // Byte offset of the first byte.
  uint32_t len = 0;     // Length in bytes.
  uint32_t line = 1;    // 1-based line.
  uint32_t col = 1;     // 1-based column, counted in code points.

  uint32_t end() const { return offset + len; }
};

// Returns a span covering both `a` and `b` (from the start of `a` to the end of `b`).
Span join(const Span& a, const Span& b);

// Returns the span of `len` bytes starting at byte `offset`, computing its line and column by
// walking `source` forward from the known position `from` (which must start at or before it).
Span span_at(std::string_view source, const Span& from, uint32_t offset, uint32_t len);

// Returns an empty span just past the end of `s`, on the same line as its last byte. Only valid
// when `s` does not contain a newline; used for "expected `;`" after a token.
Span span_after(std::string_view source, const Span& s);

enum class Severity : uint8_t { Error, Warning, Note };

// A located message. Messages are sentence case without a final period, e.g.
// "expected `;` after expression" or "unsupported: trait objects".
struct Diagnostic {
  Span span;
  Severity severity = Severity::Error;
  std::string message;
};

// Formats a diagnostic as `line:col: message`, the form used by tests and the CLI.
std::string to_string(const Diagnostic& d);

}  // namespace ps::lang
