#include "lang/base/source.h"

namespace ps::lang {

// The smaller start and the larger end of the two spans; line and column come from the start.
Span join(const Span& a, const Span& b) {
  const Span& first = a.offset <= b.offset ? a : b;
  uint32_t end = a.end() > b.end() ? a.end() : b.end();
  Span s = first;
  s.len = end - first.offset;
  return s;
}

// Walks forward byte by byte: a newline starts a new line, and every byte that is not a UTF-8
// continuation byte starts a new column.
Span span_at(std::string_view source, const Span& from, uint32_t offset, uint32_t len) {
  Span s{offset, len, from.line, from.col};
  if (offset < from.offset) return s;
  for (uint32_t i = from.offset; i < offset && i < source.size(); i++) {
    unsigned char c = static_cast<unsigned char>(source[i]);
    if (c == '\n') {
      s.line++;
      s.col = 1;
    } else if ((c & 0xC0) != 0x80) {
      s.col++;
    }
  }
  return s;
}

// An empty span at the byte just after `s`.
Span span_after(std::string_view source, const Span& s) { return span_at(source, s, s.end(), 0); }

// `line:col: message`, with a `warning: ` or `note: ` prefix for the milder severities.
std::string to_string(const Diagnostic& d) {
  std::string out = std::to_string(d.span.line) + ":" + std::to_string(d.span.col) + ": ";
  if (d.severity == Severity::Warning) out += "warning: ";
  if (d.severity == Severity::Note) out += "note: ";
  out += d.message;
  return out;
}

}  // namespace ps::lang
